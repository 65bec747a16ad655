import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { CONTACT_TYPES, type CustomerContact } from '../src/api';
import { ContactCardView, en } from '../src/components';
import { de } from '../src/locales/de';
import { ru } from '../src/locales/ru';
import { PHONE_VIEWPORT } from '../.storybook/storyGlobals';
import { storyLocales } from '../.storybook/storyLocales';
import { mockContactIds, mockCustomerIds, seedContact } from '../test/mocks/mockStore';
import { storyContact, storyCustomerContacts } from './storyContacts';

const seed = storyContact(mockCustomerIds.seed, seedContact.id);
const everyType = storyCustomerContacts(mockCustomerIds.everyType);
const edgeCase = (contactId: number) => storyContact(mockCustomerIds.edgeCases, contactId);
const withNote = (contactId: number) => storyContact(mockCustomerIds.notes, contactId);

function CardList({ contacts, compact }: { contacts: CustomerContact[]; compact?: boolean }) {
  return (
    <ul className="sb-story-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {contacts.map((contact) => (
        <li key={contact.id}>
          <ContactCardView contact={contact} compact={compact} />
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: 'Components/ContactCardView',
  component: ContactCardView,
  args: { contact: seed },
  argTypes: {
    contact: { control: 'object' },
    locale: { control: 'text' },
  },
  parameters: {
    // The toolbar's locale reaches the card as `locale` + `labels` args.
    localeArgs: true,
    docs: {
      description: {
        component: [
          'One customer contact, already loaded: type icon, the value as a safe link, the **Default** badge,',
          "the store owner's note behind an info button, the creation date and a copy button.",
          'Presentation only: it never fetches and renders on the server too.',
          'Use it for contacts you already have (a list from `useCustomerContacts`, a customer object);',
          'use `<ContactCard>` to load one by id.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<typeof ContactCardView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed contact from Ecwid's reference: a default e-mail. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: seedContact.contact });
    await expect(link).toHaveAttribute('href', `mailto:${seedContact.contact}`);
    await expect(canvas.getByText(en.defaultBadge)).toBeVisible();
    await expect(canvas.getByRole('img', { name: en.types.EMAIL })).toBeVisible();
    await expect(canvasElementTime(canvas)).toHaveAttribute('datetime', '2025-03-26T11:07:12.000Z');
    // No note, no note button.
    await expect(canvas.queryByRole('button', { name: en.noteButton })).toBeNull();
  },
};

function canvasElementTime(canvas: ReturnType<typeof within>): HTMLElement {
  const time = canvas.getByRole('article').querySelector('time');
  if (!(time instanceof HTMLElement)) throw new Error('The card shows no <time>.');
  return time;
}

/** All 15 types in the documented order, each with its icon, label and safe link. */
export const EveryType: Story = {
  render: () => <CardList contacts={everyType} />,
  play: async ({ canvas }) => {
    const cards = canvas.getAllByRole('article');
    await expect(cards).toHaveLength(CONTACT_TYPES.length);
    for (const [index, type] of CONTACT_TYPES.entries()) {
      const card = cards[index];
      if (!card) throw new Error(`No card for ${type}`);
      await expect(within(card).getByRole('img', { name: en.types[type] })).toBeVisible();
      for (const link of within(card).queryAllByRole('link')) {
        await expect(link.getAttribute('href')).toMatch(/^(https:|mailto:|tel:)/);
      }
    }
    const telegram = canvas.getByRole('link', { name: /@janedoe_shop/ });
    await expect(telegram).toHaveAttribute('href', 'https://t.me/janedoe_shop');
    await expect(canvas.getByText('Skype: jane.doe.shop').closest('a')).toBeNull();
  },
};

const telegramByPhone = withNote(mockContactIds.multilingualNote);

/** A Telegram contact whose value is a phone number: the handle Ecwid sends links the profile. */
export const HandleLinksProfile: Story = {
  args: { contact: telegramByPhone },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: `@${telegramByPhone.handle} ${en.opensInNewTab}` });
    await expect(link).toHaveAttribute('href', `https://t.me/${telegramByPhone.handle}`);
    await expect(canvas.getByText(telegramByPhone.contact)).toBeVisible();
  },
};

/** A customer can have one default per type, so several badges can sit side by side. */
export const DefaultAndNot: Story = {
  render: () => (
    <CardList contacts={[everyType[0], everyType[2], everyType[1]].filter((c) => c !== undefined)} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText(en.defaultBadge)).toHaveLength(2);
  },
};

/** The owner's note opens on hover, and Escape closes it. */
export const NoteOnHover: Story = {
  args: { contact: withNote(mockContactIds.shortNote) },
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: en.noteButton });
    await expect(screen.queryByRole('tooltip')).toBeNull();
    await userEvent.hover(button);
    await expect(await screen.findByRole('tooltip')).toHaveTextContent('VIP');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  },
};

/** Keyboard users reach the note by Tab: focus opens it, blur closes it. */
export const NoteOnFocus: Story = {
  args: { contact: withNote(mockContactIds.shortNote) },
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: en.noteButton });
    for (let i = 0; i < 5 && document.activeElement !== button; i += 1) await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(await screen.findByRole('tooltip')).toHaveTextContent('VIP');
    await userEvent.tab();
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  },
};

/** On a phone a tap opens the note (Radix ignores touch by design; the card adds it) and a second tap closes it. */
export const NoteOnTap: Story = {
  args: { contact: withNote(mockContactIds.shortNote) },
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: en.noteButton });
    await userEvent.pointer({ keys: '[TouchA]', target: button });
    await expect(await screen.findByRole('tooltip')).toHaveTextContent('VIP');
    await userEvent.pointer({ keys: '[TouchA]', target: button });
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  },
};

/** A long note wraps inside the tooltip's max width instead of running off the screen. */
export const LongNote: Story = {
  args: { contact: withNote(mockContactIds.longNote) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.hover(canvas.getByRole('button', { name: en.noteButton }));
    const tooltip = await screen.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(/Wholesale customer since 2019/);
    const visible = document.querySelector<HTMLElement>('.ecc-tooltip');
    if (!visible) throw new Error('The tooltip has no .ecc-tooltip element');
    const box = visible.getBoundingClientRect();
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(box.width).toBeLessThan(window.innerWidth);
  },
};

/** Notes in any script, emoji included, and markup in a note stays text. */
export const NotesInEveryScript: Story = {
  render: () => (
    <CardList
      contacts={[
        withNote(mockContactIds.multilingualNote),
        withNote(mockContactIds.emojiNote),
        withNote(mockContactIds.markupNote),
      ]}
    />
  ),
  play: async ({ canvas, userEvent }) => {
    const [, , markup] = canvas.getAllByRole('button', { name: en.noteButton });
    if (!markup) throw new Error('Expected three note buttons');
    await userEvent.hover(markup);
    const tooltip = await screen.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent('<b>not bold</b>');
    await expect(tooltip.querySelector('b, script')).toBeNull();
  },
};

/** The one-line variant for lists: no date, smaller controls. */
export const Compact: Story = {
  args: { compact: true },
  render: () => <CardList contacts={storyCustomerContacts(mockCustomerIds.seed)} compact />,
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
    await expect(canvas.getByRole('list').querySelector('time')).toBeNull();
  },
};

/** Very long e-mails, URLs and handles wrap inside the card; nothing overflows. */
export const LongValues: Story = {
  render: () => (
    <div style={{ maxInlineSize: '22rem' }}>
      <CardList
        contacts={[
          edgeCase(mockContactIds.longEmail),
          edgeCase(mockContactIds.longUrl),
          edgeCase(mockContactIds.longHandle),
        ]}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    for (const card of canvas.getAllByRole('article')) {
      await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    }
  },
};

/** A type Ecwid may add later (here `SNAPCHAT`) is shown with the OTHER icon and label. */
export const UnknownType: Story = {
  args: { contact: edgeCase(mockContactIds.unknownType) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: en.types.OTHER })).toBeVisible();
    await expect(canvas.getByRole('link', { name: /snapchat\.com/ })).toHaveAttribute(
      'href',
      'https://www.snapchat.com/add/jane.snaps',
    );
  },
};

/** Script and data URLs from the API are shown as plain text, never as a link. */
export const HostileValues: Story = {
  render: () => (
    <CardList
      contacts={[
        edgeCase(mockContactIds.javascriptUrl),
        edgeCase(mockContactIds.javascriptOther),
        edgeCase(mockContactIds.dataUrl),
        edgeCase(mockContactIds.markupValue),
      ]}
    />
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('javascript:alert(1)')).toBeVisible();
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(canvasElement.querySelector('img:not([role])')).toBeNull();
    await expect(canvasElement.querySelectorAll('a')).toHaveLength(0);
  },
};

const writeText = fn<(text: string) => Promise<void>>(async () => {});

/** Copy puts the raw value on the clipboard and says "Copied" in a polite live region. */
export const Copy: Story = {
  beforeEach() {
    writeText.mockClear();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return () => {
      Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: en.copyButton }));
    await expect(writeText).toHaveBeenCalledWith(seedContact.contact);
    await expect(await canvas.findByRole('status')).toHaveTextContent(en.copied);
  },
};

/** Without clipboard access (an insecure page, an old browser) the card says so plainly. */
export const CopyUnavailable: Story = {
  beforeEach() {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    return () => {
      Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: en.copyButton }));
    await expect(await canvas.findByText(en.copyFailed)).toBeVisible();
  },
};

/** German strings and dates: `labels={de} locale="de"` (set here by the Locale toolbar). */
export const German: Story = {
  globals: { locale: 'de' },
  render: (args) => (
    <div className="sb-story-stack">
      {storyCustomerContacts(mockCustomerIds.seed).map((contact) => (
        <ContactCardView key={contact.id} {...args} contact={contact} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText(de.defaultBadge).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('img', { name: de.types.PHONE })).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: de.copyButton }).length).toBeGreaterThan(0);
  },
};

/** Russian: a Cyrillic UI with the Russian date format. */
export const Russian: Story = {
  globals: { locale: 'ru' },
  args: { contact: withNote(mockContactIds.multilingualNote) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(ru.defaultBadge)).toBeVisible();
    await expect(canvas.getByRole('button', { name: ru.noteButton })).toBeVisible();
  },
};

/** Every shipped locale side by side: English built in, the rest imported from `ecwid-contact-card/locales/*`. */
export const AllLocales: Story = {
  args: { contact: withNote(mockContactIds.longNote) },
  render: (args) => (
    <div className="sb-story-stack">
      {Object.entries(storyLocales).map(([locale, { title, labels }]) => (
        <section key={locale} lang={locale} aria-label={title}>
          <h2 className="sb-story-caption">{title}</h2>
          <ContactCardView contact={args.contact} locale={locale} labels={labels} />
        </section>
      ))}
    </div>
  ),
  play: async ({ args, canvas }) => {
    for (const [locale, { title, labels }] of Object.entries(storyLocales)) {
      const section = canvas.getByRole('region', { name: title });
      await expect(within(section).getByText(labels?.defaultBadge ?? en.defaultBadge)).toBeVisible();
      const time = section.querySelector('time');
      await expect(time?.textContent).toContain(
        new Intl.DateTimeFormat(locale, { year: 'numeric' }).format(args.contact.createdAt ?? new Date(NaN)),
      );
    }
  },
};

/** Right to left: the icon, value and actions mirror with logical CSS properties. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: () => <CardList contacts={storyCustomerContacts(mockCustomerIds.notes)} />,
  play: async ({ canvas }) => {
    const [card] = canvas.getAllByRole('article');
    if (!card) throw new Error('No card');
    await expect(getComputedStyle(card).direction).toBe('rtl');
    const icon = card.querySelector('.ecc-icon');
    const actions = card.querySelector('.ecc-actions');
    if (!icon || !actions) throw new Error('The card has no .ecc-icon or .ecc-actions');
    // Mirrored: the icon sits at the right edge, the actions at the left.
    await expect(icon.getBoundingClientRect().left).toBeGreaterThan(actions.getBoundingClientRect().left);
  },
};

/** The dark theme (`data-theme="dark"`): every type and an open note, checked by axe for contrast. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: () => <CardList contacts={everyType} />,
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(CONTACT_TYPES.length);
    const [firstNote] = canvas.getAllByRole('button', { name: en.noteButton });
    if (!firstNote) throw new Error('No note button');
    await userEvent.hover(firstNote);
    await expect(await screen.findByRole('tooltip')).toHaveTextContent('Work address');
  },
};

/** A 320 px phone inside the admin: long values wrap and nothing scrolls sideways. */
export const Phone: Story = {
  globals: { viewport: { value: PHONE_VIEWPORT, isRotated: false } },
  render: () => (
    <CardList
      contacts={[
        seed,
        withNote(mockContactIds.longNote),
        edgeCase(mockContactIds.longEmail),
        edgeCase(mockContactIds.longUrl),
      ]}
    />
  ),
  play: async ({ canvas, userEvent }) => {
    await expect(window.innerWidth).toBe(320);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    await userEvent.hover(canvas.getByRole('button', { name: en.noteButton }));
    await screen.findByRole('tooltip');
    const visible = document.querySelector<HTMLElement>('.ecc-tooltip');
    if (!visible) throw new Error('The tooltip has no .ecc-tooltip element');
    const box = visible.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(0);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  },
};
