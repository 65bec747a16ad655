import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONTACT_TYPES, ContactCardView, contactTypeLabel, en, type ContactType } from '../../src';
import { hostileContactValues } from '../mocks/hostileContactValues';
import { seedContact } from '../mocks/mockStore';
import { makeContact } from './contactFixtures';

const UNKNOWN_TYPE = 'SNAPCHAT' as ContactType;

describe('ContactCardView', () => {
  it('shows the seed contact: named card, mailto link, Default badge and creation date', () => {
    render(<ContactCardView contact={makeContact()} />);
    const card = screen.getByRole('article', { name: `${en.types.EMAIL} ${seedContact.contact}` });
    const link = within(card).getByRole('link', { name: seedContact.contact });
    expect(link).toHaveAttribute('href', `mailto:${seedContact.contact}`);
    expect(link).not.toHaveAttribute('target');
    expect(within(card).getByText(en.defaultBadge)).toBeVisible();
    const time = card.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2025-03-26T11:07:12.000Z');
    expect(time).toHaveTextContent('26 Mar 2025');
    expect(time?.parentElement).toHaveTextContent(en.added.replace('{date}', '26 Mar 2025'));
  });

  it.each([...CONTACT_TYPES, UNKNOWN_TYPE])('names the %s icon and card by the type label', (type) => {
    render(
      <ContactCardView contact={makeContact({ type, contact: 'Ask at the counter', default: false })} />,
    );
    const label = contactTypeLabel(type);
    const card = screen.getByRole('article', { name: `${label} Ask at the counter` });
    expect(within(card).getByRole('img', { name: label })).toBeInTheDocument();
    expect(card).toHaveAttribute('data-contact-type', CONTACT_TYPES.includes(type) ? type : 'OTHER');
  });

  it('gives unknown types the OTHER icon and label', () => {
    const { container } = render(<ContactCardView contact={makeContact({ type: UNKNOWN_TYPE })} />);
    const other = render(<ContactCardView contact={makeContact({ type: 'OTHER' })} />);
    expect(screen.getAllByRole('img', { name: en.types.OTHER })).toHaveLength(2);
    expect(container.querySelector('svg')?.innerHTML).toBe(other.container.querySelector('svg')?.innerHTML);
  });

  it('omits the date when createdAt is null or invalid', () => {
    const { container } = render(
      <>
        <ContactCardView contact={makeContact({ createdAt: null })} />
        <ContactCardView contact={makeContact({ createdAt: new Date(Number.NaN) })} />
      </>,
    );
    expect(container.querySelector('time')).toBeNull();
    expect(screen.queryByText(/Added/)).toBeNull();
  });

  it('shows no badge on a non-default contact, and one badge per default card side by side', () => {
    render(
      <>
        <ContactCardView contact={makeContact({ id: 1, default: true })} />
        <ContactCardView
          contact={makeContact({ id: 2, type: 'PHONE', contact: '+15551234567', default: true })}
        />
        <ContactCardView
          contact={makeContact({ id: 3, type: 'URL', contact: 'https://a.example', default: false })}
        />
      </>,
    );
    const badges = screen.getAllByText(en.defaultBadge);
    expect(badges).toHaveLength(2);
    expect(
      within(screen.getByRole('article', { name: new RegExp(`^${en.types.URL}`) })).queryByText(
        en.defaultBadge,
      ),
    ).toBeNull();
  });

  it('shows a social handle as the main label, linked, with the full URL still shown', () => {
    render(
      <ContactCardView
        contact={makeContact({
          type: 'FACEBOOK',
          contact: 'https://www.facebook.com/myshop_page',
          handle: 'myshop_page',
        })}
      />,
    );
    const card = screen.getByRole('article', { name: `${en.types.FACEBOOK} @myshop_page` });
    const link = within(card).getByRole('link', { name: `@myshop_page ${en.opensInNewTab}` });
    expect(link).toHaveAttribute('href', 'https://www.facebook.com/myshop_page');
    expect(within(card).getByText('https://www.facebook.com/myshop_page')).toBeVisible();
  });

  it('does not double the @ of a handle that already has one, and ignores handles on emails', () => {
    render(
      <>
        <ContactCardView contact={makeContact({ type: 'TELEGRAM', contact: '@myshop', handle: '@myshop' })} />
        <ContactCardView contact={makeContact({ handle: 'ignored' })} />
      </>,
    );
    expect(screen.getByRole('link', { name: /^@myshop/ })).toHaveAttribute('href', 'https://t.me/myshop');
    expect(screen.queryByText('@ignored')).toBeNull();
  });

  it('links the profile a valid handle names when the value is a phone number (Telegram)', () => {
    render(
      <ContactCardView
        contact={makeContact({ type: 'TELEGRAM', contact: '+79161234567', handle: 'ivan_petrov' })}
      />,
    );
    const card = screen.getByRole('article', { name: `${en.types.TELEGRAM} @ivan_petrov` });
    const link = within(card).getByRole('link', { name: `@ivan_petrov ${en.opensInNewTab}` });
    expect(link).toHaveAttribute('href', 'https://t.me/ivan_petrov');
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(card).getByText('+79161234567')).toBeVisible();
  });

  it('keeps every hostile handle as text, the phone number shown beside it', () => {
    for (const handle of hostileContactValues) {
      const { container, unmount } = render(
        <ContactCardView contact={makeContact({ type: 'TELEGRAM', contact: '+79161234567', handle })} />,
      );
      expect(container.querySelector('[href]')).toBeNull();
      expect(screen.getByText('+79161234567')).toBeInTheDocument();
      unmount();
    }
  });

  it('opens web links in a new tab with noopener noreferrer, and says so', () => {
    render(<ContactCardView contact={makeContact({ type: 'URL', contact: 'https://shop.example' })} />);
    const link = screen.getByRole('link', { name: `https://shop.example ${en.opensInNewTab}` });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows a phone as a tel: link', () => {
    render(<ContactCardView contact={makeContact({ type: 'PHONE', contact: '+1 (555) 123-4567' })} />);
    expect(screen.getByRole('link', { name: '+1 (555) 123-4567' })).toHaveAttribute(
      'href',
      'tel:+15551234567',
    );
  });

  it.each(['URL', 'OTHER', 'EMAIL', 'FACEBOOK'] as ContactType[])(
    'shows every hostile %s value as plain text, no href anywhere, nothing lost',
    (type) => {
      for (const value of hostileContactValues) {
        const { container, unmount } = render(
          <ContactCardView contact={makeContact({ type, contact: value })} />,
        );
        expect(container.querySelector('[href]')).toBeNull();
        expect(screen.queryByRole('link')).toBeNull();
        const shown = container.querySelector('.ecc-value')?.textContent ?? '';
        // Every visible character is kept, in order; invisible ones are spelled out.
        const visible = value
          .trim()
          // eslint-disable-next-line no-control-regex -- the hostile list is full of control characters
          .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\uFEFF]/g, '');
        expect(shown.replace(/\[U\+[0-9A-F]{4}\]/g, '')).toBe(visible);
        unmount();
      }
    },
  );

  it('spells out bidi and control characters so they cannot reorder or hide text', () => {
    render(<ContactCardView contact={makeContact({ type: 'OTHER', contact: 'abc\u202Efdp.exe' })} />);
    expect(screen.getByText('abc[U+202E]fdp.exe')).toBeInTheDocument();
  });

  it('passes data-* attributes and className to the root, and not other props', () => {
    render(
      <ContactCardView
        contact={makeContact()}
        className="host-card"
        data-testid="card"
        data-theme="dark"
        {...({ onClick: () => undefined, title: 'x' } as object)}
      />,
    );
    const card = screen.getByTestId('card');
    expect(card.tagName).toBe('ARTICLE');
    expect(card).toHaveClass('ecc-card', 'host-card');
    expect(card).toHaveAttribute('data-theme', 'dark');
    expect(card).not.toHaveAttribute('title');
  });

  it('compact: one-line variant without the date', () => {
    const { container } = render(<ContactCardView contact={makeContact()} compact />);
    expect(screen.getByRole('article')).toHaveClass('ecc-compact');
    expect(container.querySelector('time')).toBeNull();
    expect(screen.getByRole('link')).toBeInTheDocument();
  });

  it('has an empty polite live region from the first render', () => {
    render(<ContactCardView contact={makeContact()} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
  });

  it('gives every button a name and type="button", and lets the keyboard reach them in order', async () => {
    const user = userEvent.setup();
    render(<ContactCardView contact={makeContact({ note: 'VIP' })} />);
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAttribute('type', 'button');
      expect(button).toHaveAccessibleName();
    }
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: en.noteButton })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: en.copyButton })).toHaveFocus();
  });

  it('renders nothing, rather than throwing, when a host passes no contact', () => {
    const { container } = render(<ContactCardView contact={null as never} />);
    expect(container).toBeEmptyDOMElement();
  });
});
