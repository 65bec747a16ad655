import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import {
  createEcwidClient,
  CustomerContacts,
  customerContactsEn as en,
  type CustomerContactsProps,
} from '../../src';
import '../../src/components/customerContacts.css';
import { mockCustomerIds, mockCustomers, seedContact } from '../mocks/mockStore';

// Real events in a real browser settle on their own schedule; act() warnings are for simulated ones.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const PHONE_WIDTH_PX = 320;
const SHORT_UNDO_WINDOW_MS = 300;
const SEED_NAME = `${en.types.EMAIL} ${seedContact.contact}`;
const INSTAGRAM_NAME = `${en.types.INSTAGRAM} @myshop_page`;

interface SentWrite {
  method: string;
  body: string;
}

/** Ecwid's answer to a write from an app installed without the write scopes. */
function missingScopeAnswer(): Response {
  return Response.json(
    { errorMessage: 'This app does not have the scope', errorCode: 'INSUFFICIENT_APP_SCOPE' },
    { status: 403 },
  );
}

/**
 * A client whose fetch plays a tiny Ecwid (no MSW in this project): the seed customer's list, and
 * every write applied with Ecwid's count answer (or refused for a missing scope when
 * `refuseWrites`). Records the writes it receives.
 */
function renderList(props: Partial<CustomerContactsProps> = {}, { refuseWrites = false } = {}) {
  const writes: SentWrite[] = [];
  const fetchEcwid: typeof fetch = async (_input, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET') {
      const items = mockCustomers.get(mockCustomerIds.seed) ?? [];
      return Response.json({ total: items.length, count: items.length, offset: 0, limit: 100, items });
    }
    writes.push({ method, body: String(init?.body ?? '') });
    if (refuseWrites) return missingScopeAnswer();
    const countField = method === 'POST' ? 'createCount' : method === 'PUT' ? 'updateCount' : 'deleteCount';
    return Response.json({ [countField]: 1 });
  };
  const client = createEcwidClient({ storeId: 1003, token: 'secret_browser_test', fetch: fetchEcwid });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <CustomerContacts
      customerId={mockCustomerIds.seed}
      client={client}
      queryClient={queryClient}
      editable
      {...props}
    />,
  );
  return { writes };
}

/** A tap as a phone delivers it: touch pointer events, then a click counting one press. */
function tap(target: HTMLElement) {
  for (const type of ['pointerdown', 'pointerup'] as const) {
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
  target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }),
  );
}

describe('CustomerContacts in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('edits, saves and cancels a note by keyboard alone, focus returning to Edit note', async () => {
    const { writes } = renderList();
    const card = await screen.findByRole('article', { name: SEED_NAME });
    const editNote = within(card).getByRole('button', { name: en.editNote });
    // Tab to the first Edit note button from the top of the page.
    while (document.activeElement !== editNote) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('textbox', { name: en.noteField })).toHaveFocus();
    await userEvent.keyboard('Wholesale{Escape}');
    await expect.poll(() => document.activeElement?.textContent).toBe(en.editNote);
    expect(writes).toHaveLength(0);

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('Wholesale{Control>}{Enter}{/Control}');
    await expect.poll(() => writes).toEqual([{ method: 'PUT', body: JSON.stringify({ note: 'Wholesale' }) }]);
    await expect.poll(() => document.activeElement?.textContent).toBe(en.editNote);
  });

  it('works by touch: taps open and cancel the editor, delete and undo', async () => {
    const { writes } = renderList({ undoTimeoutMs: 60_000 });
    const card = await screen.findByRole('article', { name: INSTAGRAM_NAME });
    tap(within(card).getByRole('button', { name: en.editNote }));
    await expect.element(page.getByRole('textbox', { name: en.noteField })).toHaveFocus();
    tap(within(card).getByRole('button', { name: en.cancel }));
    tap(await within(card).findByRole('button', { name: en.deleteContact }));
    await expect.poll(() => screen.queryByRole('article', { name: INSTAGRAM_NAME })).toBeNull();
    tap(await screen.findByRole('button', { name: en.undo }));
    await expect.element(page.getByRole('article', { name: INSTAGRAM_NAME })).toBeVisible();
    expect(writes).toHaveLength(0);
  });

  it('sends the DELETE once the (short) undo window ends, and focus goes to the list, not the page', async () => {
    const { writes } = renderList({ undoTimeoutMs: SHORT_UNDO_WINDOW_MS });
    const card = await screen.findByRole('article', { name: INSTAGRAM_NAME });
    within(card).getByRole('button', { name: en.deleteContact }).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: en.undo })).toHaveFocus();
    expect(writes).toHaveLength(0);
    await expect.poll(() => writes.map((write) => write.method), { timeout: 3000 }).toEqual(['DELETE']);
    await expect.poll(() => screen.queryByText(en.contactDeleted)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('list', { name: en.contactsList }));
  });

  it('keeps focus on Edit note when a refused Make default blocks it, and Tab still reaches every blocked button', async () => {
    const { writes } = renderList({}, { refuseWrites: true });
    const card = await screen.findByRole('article', { name: INSTAGRAM_NAME });
    within(card).getByRole('button', { name: en.makeDefault }).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toBeVisible();
    const editNote = within(card).getByRole('button', { name: en.editNote });
    await expect.poll(() => editNote.getAttribute('aria-disabled')).toBe('true');
    expect(editNote).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(within(card).queryByRole('textbox')).toBeNull();
    await userEvent.tab();
    expect(within(card).getByRole('button', { name: en.makeDefault })).toHaveFocus();
    expect(writes).toHaveLength(1);
  });

  it('after a create refused for its scope, Save keeps focus and Cancel returns it to a blocked Add contact', async () => {
    const { writes } = renderList({}, { refuseWrites: true });
    await screen.findByRole('list', { name: en.contactsList });
    screen.getByRole('button', { name: en.newContactForm }).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(page.getByRole('textbox', { name: en.newContactEmail }), 'new@example.com');
    const save = screen.getByRole('button', { name: en.newContactSave });
    save.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => save.hasAttribute('aria-describedby')).toBe(true);
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription(en.createScopeMissing);
    expect(save).toHaveFocus();
    expect(writes).toHaveLength(1);

    await userEvent.keyboard('{Tab}{Enter}');
    const add = screen.getByRole('button', { name: en.newContactForm });
    await expect.poll(() => document.activeElement).toBe(add);
    expect(add).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(writes).toHaveLength(1);
  });

  it('fits 320 px with the editor open: no horizontal overflow', async () => {
    await page.viewport(PHONE_WIDTH_PX, 568);
    renderList({ groupByType: true });
    const card = await screen.findByRole('article', { name: SEED_NAME });
    await userEvent.click(within(card).getByRole('button', { name: en.editNote }));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH_PX);
    for (const button of screen.getAllByRole('button')) {
      expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(PHONE_WIDTH_PX);
    }
  });
});
