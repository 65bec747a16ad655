import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import { ContactCard, ContactCardView, createEcwidClient, en } from '../../src';
import { makeContact } from '../components/contactFixtures';

const NOTE =
  'Prefers WhatsApp after 6 pm on weekdays. Ask for Maria at the front desk, she handles wholesale orders and knows the account history; never call on Sundays.';

// Real events in a real browser settle on their own schedule (Radix delays, pointer moves);
// React's act() warnings are meant for simulated environments.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

function noteButton() {
  return screen.getByRole('button', { name: en.noteButton });
}

function touch(target: Element, type: 'pointerdown' | 'pointerup') {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      pointerType: 'touch',
      isPrimary: true,
    }),
  );
}

/** A tap as a phone delivers it: touch pointer events, then a click. */
function tap(target: HTMLElement) {
  act(() => {
    touch(target, 'pointerdown');
    touch(target, 'pointerup');
    // A real tap's click counts one press (detail 1), unlike keyboard activation (detail 0).
    target.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }),
    );
  });
}

describe('owner note tooltip in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    render(
      <>
        <ContactCardView contact={makeContact({ note: NOTE })} />
        <p style={{ marginBlockStart: 400 }}>far away</p>
        <p>further away</p>
      </>,
    );
    expect(screen.queryByRole('tooltip')).toBeNull();
    await userEvent.hover(noteButton());
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(NOTE);
    // Radix keeps a hoverable tooltip open while the pointer travels towards it; a real pointer
    // reports several moves on its way out, so make two.
    await userEvent.hover(screen.getByText('far away'));
    await userEvent.hover(screen.getByText('further away'));
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on keyboard focus and closes on Escape', async () => {
    render(<ContactCardView contact={makeContact({ note: NOTE })} />);
    await userEvent.tab();
    await userEvent.tab();
    expect(noteButton()).toHaveFocus();
    await expect.element(page.getByRole('tooltip')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on a touch tap, closes on a second tap, and on a tap outside', async () => {
    render(
      <>
        <ContactCardView contact={makeContact({ note: NOTE })} />
        <p style={{ marginBlockStart: 400 }}>outside</p>
      </>,
    );
    // The mouse rests far away, so only the taps below can open the tooltip.
    await userEvent.hover(screen.getByText('outside'));
    tap(noteButton());
    await expect.element(page.getByRole('tooltip')).toBeVisible();
    tap(noteButton());
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
    tap(noteButton());
    await expect.element(page.getByRole('tooltip')).toBeVisible();
    tap(screen.getByText('outside'));

    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
  });

  it('stays inside a 320×240 viewport, wrapping a long note, with nothing overflowing', async () => {
    await page.viewport(320, 240);
    render(
      <div style={{ padding: 8 }}>
        <ContactCardView
          contact={makeContact({
            type: 'URL',
            contact: `https://shop.example/${'very-long-path-segment-'.repeat(8)}`,
            note: NOTE,
          })}
        />
      </div>,
    );
    act(() => noteButton().focus());
    const tooltip = await vi.waitFor(() => {
      const element = document.querySelector<HTMLElement>('.ecc-tooltip');
      if (!element) throw new Error('tooltip not open yet');
      return element;
    });
    await vi.waitFor(() => {
      const box = tooltip.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(box.bottom).toBeLessThanOrEqual(240);
    });
    // The note wraps onto several lines rather than running off.
    expect(tooltip.getBoundingClientRect().width).toBeLessThan(320);
    expect(tooltip.scrollWidth).toBeLessThanOrEqual(tooltip.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    const card = screen.getByRole('article').getBoundingClientRect();
    expect(card.right).toBeLessThanOrEqual(320);
  });
});

describe('card layout in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('never overflows 320 px, even with a long unbroken value and a handle', async () => {
    await page.viewport(320, 568);
    render(
      <ContactCardView
        contact={makeContact({
          type: 'INSTAGRAM',
          contact: `https://www.instagram.com/${'a'.repeat(120)}`,
          handle: 'b'.repeat(80),
        })}
      />,
    );
    const card = screen.getByRole('article');
    expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it("links a Telegram phone contact's handle to its profile, opening in a new tab", async () => {
    render(
      <ContactCardView
        contact={makeContact({ type: 'TELEGRAM', contact: '+79161234567', handle: 'ivan_petrov' })}
      />,
    );
    const link = page.getByRole('link', { name: `@ivan_petrov ${en.opensInNewTab}` });
    await expect.element(link).toHaveAttribute('href', 'https://t.me/ivan_petrov');
    await expect.element(link).toHaveAttribute('target', '_blank');
    await expect.element(page.getByText('+79161234567')).toBeVisible();
  });

  it('mirrors in RTL: the icon moves to the inline end side (right in LTR → left)', () => {
    render(
      <>
        <div dir="ltr" style={{ inlineSize: 360 }}>
          <ContactCardView contact={makeContact()} data-testid="ltr" />
        </div>
        <div dir="rtl" style={{ inlineSize: 360 }}>
          <ContactCardView contact={makeContact()} data-testid="rtl" />
        </div>
      </>,
    );
    const parts = (id: string) => {
      const card = screen.getByTestId(id);
      return {
        icon: within(card).getByRole('img').getBoundingClientRect(),
        value: card.querySelector('.ecc-value')!.getBoundingClientRect(),
        copy: within(card).getByRole('button', { name: en.copyButton }).getBoundingClientRect(),
        card: card.getBoundingClientRect(),
      };
    };
    const ltr = parts('ltr');
    const rtl = parts('rtl');
    expect(ltr.icon.right).toBeLessThanOrEqual(ltr.value.left);
    expect(ltr.copy.left).toBeGreaterThanOrEqual(ltr.value.right);
    expect(rtl.icon.left).toBeGreaterThanOrEqual(rtl.value.right);
    expect(rtl.copy.right).toBeLessThanOrEqual(rtl.value.left);
    // Same distance from the card's start edge on each side.
    expect(Math.round(rtl.card.right - rtl.icon.right)).toBe(Math.round(ltr.icon.left - ltr.card.left));
  });

  it('keeps phone numbers, handles and notes in their own reading order inside an RTL card', async () => {
    render(
      <div dir="rtl">
        <ContactCardView
          contact={makeContact({
            type: 'WHATSAPP',
            contact: '+44 7700 900123',
            handle: 'myshop',
            note: 'Call after 6 pm.',
          })}
        />
        <ContactCardView contact={makeContact({ id: 2, type: 'OTHER', contact: 'اتصل بالمتجر' })} />
      </div>,
    );
    const handle = screen.getByRole('link', { name: /@myshop/ });
    const phone = screen.getByText('+44 7700 900123');
    expect(getComputedStyle(handle).direction).toBe('ltr');
    expect(getComputedStyle(phone).direction).toBe('ltr');
    expect(getComputedStyle(screen.getByText('اتصل بالمتجر')).direction).toBe('rtl');
    // Both sit at the card's start edge, the right in RTL.
    const body = handle.parentElement!.getBoundingClientRect();
    expect(Math.round(handle.getBoundingClientRect().right)).toBe(Math.round(body.right));
    act(() => screen.getByRole('button', { name: en.noteButton }).focus());
    await expect.element(page.getByRole('tooltip')).toBeVisible();
    expect(getComputedStyle(document.querySelector('.ecc-tooltip')!).direction).toBe('ltr');
  });

  it('keeps every button at least 24×24 CSS px, compact too', () => {
    render(
      <>
        <ContactCardView contact={makeContact({ note: 'n' })} />
        <ContactCardView contact={makeContact({ note: 'n' })} compact />
      </>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(4);
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    render(<ContactCardView contact={makeContact()} />);
    await userEvent.tab();
    await userEvent.tab();
    const button = screen.getByRole('button', { name: en.copyButton });
    expect(button).toHaveFocus();
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('reserves the card box while loading: the skeleton is exactly as tall as the loaded card', () => {
    const pending = createEcwidClient({
      storeId: 1003,
      token: 'secret_x',
      fetch: () => new Promise<Response>(() => {}),
    });
    render(
      <div style={{ inlineSize: 360 }}>
        <ContactCard
          customerId={1}
          contactId={2}
          client={pending}
          queryClient={new QueryClient()}
          data-testid="skeleton"
        />
        <ContactCardView contact={makeContact()} data-testid="card" />
        <ContactCard
          customerId={1}
          contactId={2}
          client={pending}
          queryClient={new QueryClient()}
          compact
          data-testid="compact-skeleton"
        />
        <ContactCardView contact={makeContact()} compact data-testid="compact-card" />
      </div>,
    );
    const height = (id: string) => screen.getByTestId(id).getBoundingClientRect().height;
    expect(screen.getByTestId('skeleton')).toHaveAttribute('aria-busy', 'true');
    expect(height('skeleton')).toBe(height('card'));
    expect(height('compact-skeleton')).toBe(height('compact-card'));
  });
});

function parseRgb(color: string): [number, number, number] {
  const match = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!match) throw new Error(`unparsed colour ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(foreground: string, background: string): number {
  const [a, b] = [luminance(parseRgb(foreground)), luminance(parseRgb(background))].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (a + 0.05) / (b + 0.05);
}

describe('colour contrast in Chromium', () => {
  it.each(['light', 'dark'])('meets 4.5:1 for every text in the %s theme', async (theme) => {
    render(
      <ContactCardView
        data-theme={theme}
        contact={makeContact({
          type: 'FACEBOOK',
          contact: 'https://www.facebook.com/myshop_page',
          handle: 'myshop_page',
          note: 'VIP',
        })}
      />,
    );
    const card = screen.getByRole('article');
    const cardBg = getComputedStyle(card).backgroundColor;
    const pairs: [string, string, string][] = [
      ['value link', getComputedStyle(card.querySelector('.ecc-value')!).color, cardBg],
      [
        'secondary',
        getComputedStyle(within(card).getByText('https://www.facebook.com/myshop_page')).color,
        cardBg,
      ],
      ['date', getComputedStyle(card.querySelector('time')!.parentElement!).color, cardBg],
      ['status', getComputedStyle(within(card).getByRole('status')).color, cardBg],
      [
        'badge',
        getComputedStyle(card.querySelector('.ecc-badge')!).color,
        getComputedStyle(card.querySelector('.ecc-badge')!).backgroundColor,
      ],
    ];
    act(() => noteButton().focus());
    const tooltip = await vi.waitFor(() => {
      const element = document.querySelector<HTMLElement>('.ecc-tooltip');
      if (!element) throw new Error('tooltip not open yet');
      return element;
    });
    pairs.push(['tooltip', getComputedStyle(tooltip).color, getComputedStyle(tooltip).backgroundColor]);
    for (const [name, foreground, background] of pairs) {
      expect({ name, ratio: contrast(foreground, background) >= 4.5 }).toEqual({ name, ratio: true });
    }
    // Icons and the focus ring are UI components: 3:1.
    expect(contrast(getComputedStyle(within(card).getByRole('img')).color, cardBg)).toBeGreaterThanOrEqual(3);
    expect(contrast(getComputedStyle(noteButton()).outlineColor, cardBg)).toBeGreaterThanOrEqual(3);
  });

  it('applies the dark theme through an ancestor [data-theme="dark"], and data-theme="light" forces light', () => {
    render(
      <div data-theme="dark">
        <ContactCardView contact={makeContact()} data-testid="inherited" />
        <ContactCardView contact={makeContact()} data-theme="light" data-testid="forced" />
      </div>,
    );
    const dark = luminance(parseRgb(getComputedStyle(screen.getByTestId('inherited')).backgroundColor));
    const light = luminance(parseRgb(getComputedStyle(screen.getByTestId('forced')).backgroundColor));
    expect(dark).toBeLessThan(0.1);
    expect(light).toBeGreaterThan(0.9);
  });
});

describe('system preferences in Chromium', () => {
  async function emulate(features: { name: string; value: string }[]) {
    await cdp().send('Emulation.setEmulatedMedia', { features });
  }
  afterEach(async () => {
    await emulate([]);
  });

  it('follows prefers-color-scheme: dark unless data-theme says otherwise', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    render(
      <>
        <ContactCardView contact={makeContact()} data-testid="system" />
        <ContactCardView contact={makeContact()} data-theme="light" data-testid="light" />
      </>,
    );
    const system = getComputedStyle(screen.getByTestId('system'));
    expect(luminance(parseRgb(system.backgroundColor))).toBeLessThan(0.1);
    expect(contrast(system.color, system.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    expect(
      luminance(parseRgb(getComputedStyle(screen.getByTestId('light')).backgroundColor)),
    ).toBeGreaterThan(0.9);
  });

  it('stops the skeleton pulse under prefers-reduced-motion', async () => {
    const pending = createEcwidClient({
      storeId: 1003,
      token: 'secret_x',
      fetch: () => new Promise<Response>(() => {}),
    });
    render(<ContactCard customerId={1} contactId={2} client={pending} queryClient={new QueryClient()} />);
    // The bone is the skeleton card's ::before.
    const skeleton = screen.getByRole('group', { name: en.loading });
    expect(getComputedStyle(skeleton, '::before').animationName).toBe('ecc-pulse');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(skeleton, '::before').animationName).toBe('none');
  });
});
