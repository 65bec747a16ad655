import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, matchRequestUrl } from 'msw';
import {
  CONTACT_TYPES,
  createEcwidClient,
  CustomerContacts,
  customerContactsEn as en,
  useCreateCustomerContact,
  type CustomerContactsProps,
  type EcwidApiError,
} from '../../src';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH } from '../mocks/ecwidApi';
import { slowWriteHandler, writeServerErrorHandler } from '../mocks/failureHandlers';
import { mockTokens } from '../mocks/mockAuthorization';
import { mockContactIds, mockCustomerIds, mockStoreContacts, seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';

const TOKEN = 'secret_customer_contacts_test';
const SEED_CONTACT_COUNT = 4;
const INSTAGRAM_ID = 113861384;

interface SentRequest {
  method: string;
  url: string;
}

const requests: SentRequest[] = [];
const recordRequest = ({ request }: { request: Request }) => {
  requests.push({ method: request.method, url: request.url });
};
beforeEach(() => {
  requests.length = 0;
  server.events.on('request:start', recordRequest);
});
afterEach(() => {
  server.events.removeListener('request:start', recordRequest);
});

function sent(method: string, path: string): number {
  return requests.filter(
    (request) => request.method === method && matchRequestUrl(new URL(request.url), path).matches,
  ).length;
}

function renderList(props: Partial<CustomerContactsProps> = {}, token: string = TOKEN) {
  const client = createEcwidClient({ storeId: 1003, token });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const ui = (extra: Partial<CustomerContactsProps> = {}) => (
    <CustomerContacts
      customerId={mockCustomerIds.seed}
      client={client}
      queryClient={queryClient}
      {...props}
      {...extra}
    />
  );
  const result = render(ui());
  return { ...result, client, queryClient, ui };
}

function cardNames(): string[] {
  return screen.getAllByRole('article').map((card) => card.getAttribute('aria-label') ?? '');
}

function card(contactId: number): HTMLElement {
  const found = screen
    .getAllByRole('article')
    .find((article) => article.getAttribute('aria-label')?.includes(contactValue(contactId)));
  if (!found) throw new Error(`no card for contact ${contactId}`);
  return found;
}

function contactValue(contactId: number): string {
  const contact = mockStoreContacts(mockCustomerIds.seed)?.find((each) => each.id === contactId);
  return contact?.handle ?? contact?.contact ?? '';
}

describe('CustomerContacts: the list', () => {
  it('shows three busy skeleton rows, then every contact in Ecwid order in a list named Contacts, with one request', async () => {
    renderList({ 'data-testid': 'contacts', className: 'mine' });
    const skeleton = screen.getByRole('group', { name: en.loadingContacts });
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(skeleton.querySelectorAll('.ecc-skeleton')).toHaveLength(3);
    const list = await screen.findByRole('list', { name: en.contactsList });
    expect(within(list).getAllByRole('listitem')).toHaveLength(SEED_CONTACT_COUNT);
    expect(cardNames()).toEqual(
      (mockStoreContacts(mockCustomerIds.seed) ?? []).map((contact) =>
        expect.stringContaining(contact.handle ?? contact.contact),
      ),
    );
    expect(screen.getByTestId('contacts')).toHaveClass('ecc-contacts', 'mine');
    expect(screen.queryByRole('button', { name: en.editNote })).toBeNull();
    // Cards make no requests of their own: one list request, no detail request.
    expect(sent('GET', CONTACT_LIST_PATH)).toBe(1);
    expect(sent('GET', CONTACT_DETAIL_PATH)).toBe(0);
  });

  it('sorts by orderBy, then id, whatever order Ecwid sends', async () => {
    const contact = (id: number, orderBy: number) => ({
      ...seedContact,
      id,
      orderBy,
      default: false,
      contact: `c${id}@example.com`,
    });
    server.use(
      http.get(CONTACT_LIST_PATH, () =>
        HttpResponse.json({
          total: 3,
          count: 3,
          offset: 0,
          limit: 100,
          items: [contact(3, 1), contact(2, 1), contact(1, 2)],
        }),
      ),
    );
    renderList();
    await screen.findByRole('list');
    expect(cardNames()).toEqual([
      expect.stringContaining('c2@'),
      expect.stringContaining('c3@'),
      expect.stringContaining('c1@'),
    ]);
  });

  it('groups by type in CONTACT_TYPES order under headings of the chosen level, default first', async () => {
    renderList({ customerId: mockCustomerIds.everyType, groupByType: true, headingLevel: 4 });
    const headings = await screen.findAllByRole('heading', { level: 4 });
    expect(headings.map((heading) => heading.textContent)).toEqual(
      CONTACT_TYPES.map((type) => en.types[type]),
    );
    for (const heading of headings) {
      expect(screen.getByRole('list', { name: heading.textContent ?? '' })).toBeInTheDocument();
    }
    expect(screen.getByRole('list', { name: en.contactsList })).toBeInTheDocument();
  });

  it('puts the default of a type first within its group', async () => {
    const phone = (id: number, orderBy: number, isDefault: boolean) => ({
      ...seedContact,
      id,
      orderBy,
      type: 'PHONE',
      default: isDefault,
      contact: `+4420794600${id}`,
    });
    server.use(
      http.get(CONTACT_LIST_PATH, () =>
        HttpResponse.json({
          total: 2,
          count: 2,
          offset: 0,
          limit: 100,
          items: [phone(11, 0, false), phone(12, 1, true)],
        }),
      ),
    );
    renderList({ groupByType: true });
    const group = await screen.findByRole('list', { name: en.types.PHONE });
    expect(
      within(group)
        .getAllByRole('article')
        .map((article) => article.getAttribute('aria-label')),
    ).toEqual([expect.stringContaining('12'), expect.stringContaining('11')]);
  });

  it('passes compact, locale and labels to every card and names the list from labels or aria-label', async () => {
    const { unmount } = renderList({
      compact: true,
      labels: { contactsList: 'Kontakte', defaultBadge: 'Standard' },
    });
    const list = await screen.findByRole('list', { name: 'Kontakte' });
    for (const article of within(list).getAllByRole('article')) expect(article).toHaveClass('ecc-compact');
    // Compact is the cards' look; the list around them keeps its own.
    expect(list.closest('.ecc-contacts')).not.toHaveClass('ecc-compact');
    expect(within(list).getAllByText('Standard').length).toBeGreaterThan(0);
    unmount();
    renderList({ 'aria-label': 'Customer contacts' });
    expect(await screen.findByRole('list', { name: 'Customer contacts' })).toBeInTheDocument();
  });

  it('says "No contacts yet." for a customer without contacts', async () => {
    renderList({ customerId: mockCustomerIds.noContacts });
    expect(await screen.findByText(en.noContacts)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it.each([
    [
      'not found',
      () => HttpResponse.json({ errorMessage: 'Customer not found' }, { status: 404 }),
      en.notFound,
      'status',
      false,
    ],
    [
      'missing read scope',
      () =>
        HttpResponse.json({ errorMessage: 'no scope', errorCode: 'INSUFFICIENT_APP_SCOPE' }, { status: 403 }),
      en.missingScope,
      'alert',
      false,
    ],
    [
      'invalid token',
      () => HttpResponse.json({ errorMessage: 'bad token', errorCode: 'INVALID_API_TOKEN' }, { status: 403 }),
      en.invalidToken,
      'alert',
      false,
    ],
    [
      'server error',
      () => HttpResponse.json({ errorCode: 'INTERNAL_ERROR' }, { status: 500 }),
      en.loadFailed,
      'alert',
      true,
    ],
  ])(
    'shows the %s state as the card does, and reports it once through onError',
    async (_name, resolver, message, role, canRetry) => {
      server.use(http.get(CONTACT_LIST_PATH, resolver));
      const onError = vi.fn<(error: EcwidApiError) => void>();
      renderList({ onError });
      const shown = await screen.findByText(message);
      expect(shown).toHaveRole(role);
      expect(screen.queryByRole('button', { name: en.retry }) !== null).toBe(canRetry);
      await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
      expect(document.body.innerHTML).not.toContain('secret_');
    },
  );

  it('Retry loads the list after a failure', async () => {
    server.use(
      http.get(CONTACT_LIST_PATH, () => HttpResponse.json({ errorCode: 'INTERNAL_ERROR' }, { status: 500 }), {
        once: true,
      }),
    );
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: en.retry }));
    expect(await screen.findByRole('list', { name: en.contactsList })).toBeInTheDocument();
  });

  it('says "not found" without a request for an id that can name no customer', () => {
    renderList({ customerId: 0 });
    expect(screen.getByText(en.notFound)).toHaveRole('status');
    expect(requests).toHaveLength(0);
  });
});

describe('CustomerContacts: editing', () => {
  it('edits a note: focus to the field, Save sends it, the card shows it at once, focus back to Edit note', async () => {
    const user = userEvent.setup();
    server.use(slowWriteHandler({ method: 'PUT', delayMs: 200 }));
    renderList({ editable: true });
    await screen.findByRole('list');
    const seedCard = card(seedContact.id);
    await user.click(within(seedCard).getByRole('button', { name: en.editNote }));
    const field = within(seedCard).getByRole('textbox', { name: en.noteField });
    expect(field).toHaveFocus();
    await user.type(field, 'Call after 5');
    await user.click(within(seedCard).getByRole('button', { name: en.saveNote }));
    // Optimistic: the note button is there before Ecwid answers.
    await waitFor(() =>
      expect(within(card(seedContact.id)).getByRole('button', { name: en.noteButton })).toBeInTheDocument(),
    );
    expect(within(card(seedContact.id)).getByText(en.saving)).toHaveRole('status');
    expect(within(card(seedContact.id)).getByRole('button', { name: en.editNote })).toHaveFocus();
    await waitFor(() => expect(mockStoreContacts(mockCustomerIds.seed)?.[0]?.note).toBe('Call after 5'));
    expect(sent('PUT', CONTACT_DETAIL_PATH)).toBe(1);
  });

  it('Ctrl+Enter saves, an emptied note is sent as "", Escape cancels without a request', async () => {
    const user = userEvent.setup();
    renderList({ editable: true });
    await screen.findByRole('list');
    const whatsapp = card(mockContactIds.seedWhatsapp);
    await user.click(within(whatsapp).getByRole('button', { name: en.editNote }));
    await user.keyboard('{Escape}');
    expect(within(whatsapp).queryByRole('textbox')).toBeNull();
    expect(within(whatsapp).getByRole('button', { name: en.editNote })).toHaveFocus();
    expect(sent('PUT', CONTACT_DETAIL_PATH)).toBe(0);

    await user.click(within(whatsapp).getByRole('button', { name: en.editNote }));
    await user.clear(within(whatsapp).getByRole('textbox', { name: en.noteField }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(sent('PUT', CONTACT_DETAIL_PATH)).toBe(1));
    await waitFor(() =>
      expect(
        mockStoreContacts(mockCustomerIds.seed)?.find((each) => each.id === mockContactIds.seedWhatsapp),
      ).not.toHaveProperty('note'),
    );
  });

  it('a failed save reopens the editor with the typed text and an alert; focus still on Edit note goes to the field', async () => {
    const user = userEvent.setup();
    server.use(writeServerErrorHandler({ method: 'PUT' }));
    renderList({ editable: true });
    await screen.findByRole('list');
    await user.click(within(card(seedContact.id)).getByRole('button', { name: en.editNote }));
    await user.type(screen.getByRole('textbox', { name: en.noteField }), 'Keep this text');
    await user.click(screen.getByRole('button', { name: en.saveNote }));
    const alert = await screen.findByRole('alert');
    expect(within(card(seedContact.id)).getByRole('alert')).toBe(alert);
    expect(screen.getByRole('textbox', { name: en.noteField })).toHaveValue('Keep this text');
    expect(screen.getByRole('textbox', { name: en.noteField })).toHaveFocus();
  });

  it('a save that fails while the owner types in another card reopens its editor without taking the focus', async () => {
    const user = userEvent.setup();
    server.use(slowWriteHandler({ method: 'PUT', delayMs: 600 }), writeServerErrorHandler({ method: 'PUT' }));
    renderList({ editable: true });
    await screen.findByRole('list');
    const seedCard = card(seedContact.id);
    await user.click(within(seedCard).getByRole('button', { name: en.editNote }));
    await user.type(within(seedCard).getByRole('textbox', { name: en.noteField }), 'Keep this text');
    await user.click(within(seedCard).getByRole('button', { name: en.saveNote }));

    const whatsapp = card(mockContactIds.seedWhatsapp);
    await user.click(within(whatsapp).getByRole('button', { name: en.editNote }));
    const otherField = within(whatsapp).getByRole('textbox', { name: en.noteField });
    expect(otherField).toHaveFocus();
    await user.clear(otherField);
    await user.type(otherField, 'Mornings');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await within(card(seedContact.id)).findByRole('alert')).toBeInTheDocument();
    await user.keyboard(' only');

    expect(otherField).toHaveFocus();
    expect(otherField).toHaveValue('Mornings only');
    expect(within(card(seedContact.id)).getByRole('textbox', { name: en.noteField })).toHaveValue(
      'Keep this text',
    );
  });

  it('Make default moves the badge at once; on failure it moves back with an alert', async () => {
    const user = userEvent.setup();
    server.use(slowWriteHandler({ method: 'PUT', delayMs: 200 }), writeServerErrorHandler({ method: 'PUT' }));
    renderList({ editable: true, customerId: mockCustomerIds.everyType, groupByType: false });
    await screen.findByRole('list');
    const facebook = screen
      .getAllByRole('article')
      .find((article) => article.dataset.contactType === 'FACEBOOK');
    if (!facebook) throw new Error('no Facebook card');
    expect(within(facebook).queryByText(en.defaultBadge)).toBeNull();
    await user.click(within(facebook).getByRole('button', { name: en.makeDefault }));
    await waitFor(() => expect(within(facebook).getByText(en.defaultBadge)).toBeInTheDocument());
    expect(await within(facebook).findByRole('alert')).toBeInTheDocument();
    expect(within(facebook).queryByText(en.defaultBadge)).toBeNull();
  });

  it('Make default shows only on contacts that are not their type default, and succeeds against the store', async () => {
    const user = userEvent.setup();
    renderList({ editable: true });
    await screen.findByRole('list');
    expect(within(card(seedContact.id)).queryByRole('button', { name: en.makeDefault })).toBeNull();
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.makeDefault }));
    await waitFor(() =>
      expect(mockStoreContacts(mockCustomerIds.seed)?.find((each) => each.id === INSTAGRAM_ID)?.default).toBe(
        true,
      ),
    );
  });

  it('Delete hides the card with Undo; Undo brings it back and nothing is sent', async () => {
    const user = userEvent.setup();
    renderList({ editable: true, undoTimeoutMs: 300 });
    await screen.findByRole('list');
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.deleteContact }));
    expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT - 1);
    expect(screen.getByText(en.contactDeleted)).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: en.undo });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT);
    expect(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.deleteContact })).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sent('DELETE', CONTACT_DETAIL_PATH)).toBe(0);
  });

  it('sends one DELETE when the undo window ends', async () => {
    const user = userEvent.setup();
    renderList({ editable: true, undoTimeoutMs: 100 });
    await screen.findByRole('list');
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.deleteContact }));
    await waitFor(() => expect(sent('DELETE', CONTACT_DETAIL_PATH)).toBe(1));
    await waitFor(() => expect(screen.queryByText(en.contactDeleted)).toBeNull());
    await waitFor(() => expect(mockStoreContacts(mockCustomerIds.seed)).toHaveLength(SEED_CONTACT_COUNT - 1));
    expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT - 1);
    expect(sent('DELETE', CONTACT_DETAIL_PATH)).toBe(1);
  });

  it('sends the DELETE for the customer it was made in, even if the host shows another before the window ends', async () => {
    const user = userEvent.setup();
    const { rerender, ui } = renderList({ editable: true, undoTimeoutMs: 200 });
    await screen.findByRole('list');
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.deleteContact }));
    rerender(ui({ customerId: mockCustomerIds.everyType }));
    await waitFor(() => expect(sent('DELETE', CONTACT_DETAIL_PATH)).toBe(1));
    const deletion = requests.find((request) => request.method === 'DELETE');
    expect(deletion && matchRequestUrl(new URL(deletion.url), CONTACT_DETAIL_PATH).params).toMatchObject({
      customerId: String(mockCustomerIds.seed),
      contactId: String(INSTAGRAM_ID),
    });
  });

  it('sends the DELETE when the list unmounts during the undo window', async () => {
    const user = userEvent.setup();
    const { unmount } = renderList({ editable: true, undoTimeoutMs: 60_000 });
    await screen.findByRole('list');
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.deleteContact }));
    expect(sent('DELETE', CONTACT_DETAIL_PATH)).toBe(0);
    unmount();
    await waitFor(() => expect(sent('DELETE', CONTACT_DETAIL_PATH)).toBe(1));
    await waitFor(() => expect(mockStoreContacts(mockCustomerIds.seed)).toHaveLength(SEED_CONTACT_COUNT - 1));
  });

  it('a failed delete brings the contact back with an alert', async () => {
    const user = userEvent.setup();
    server.use(writeServerErrorHandler({ method: 'DELETE' }));
    renderList({ editable: true, undoTimeoutMs: 50 });
    await screen.findByRole('list');
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.deleteContact }));
    expect(await within(await waitFor(() => card(INSTAGRAM_ID))).findByRole('alert')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT);
  });

  it('with a read-only token, a refused write names update_customers and blocks every update control in the list, focus kept', async () => {
    const user = userEvent.setup();
    renderList({ editable: true }, mockTokens.readOnly);
    await screen.findByRole('list');
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.makeDefault }));
    const alert = await within(card(INSTAGRAM_ID)).findByRole('alert');
    expect(alert).toHaveTextContent('update_customers');
    await waitFor(() => {
      for (const name of [en.editNote, en.deleteContact, en.makeDefault]) {
        for (const button of screen.getAllByRole('button', { name })) {
          // Blocked, yet focusable: the reason is reached by Tab and read from the description.
          expect(button).toHaveAttribute('aria-disabled', 'true');
          expect(button).toBeEnabled();
          expect(button).toHaveAccessibleDescription(en.updateScopeMissing);
        }
      }
    });
    const editNote = within(card(INSTAGRAM_ID)).getByRole('button', { name: en.editNote });
    expect(editNote).toHaveFocus();
    const writesBefore = requests.filter((request) => request.method !== 'GET').length;
    await user.click(editNote);
    await user.click(within(card(seedContact.id)).getByRole('button', { name: en.deleteContact }));
    await user.click(within(card(INSTAGRAM_ID)).getByRole('button', { name: en.makeDefault }));
    expect(screen.queryByRole('textbox', { name: en.noteField })).toBeNull();
    expect(screen.queryByText(en.contactDeleted)).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT);
    expect(requests.filter((request) => request.method !== 'GET')).toHaveLength(writesBefore);
    // The add form needs another scope: it stays enabled.
    expect(screen.getByRole('button', { name: en.newContactForm })).not.toHaveAttribute('aria-disabled');
  });

  it('after a create refused for create_customers, Cancel returns focus to a blocked Add contact that opens nothing', async () => {
    const user = userEvent.setup();
    renderList({ editable: true }, mockTokens.readOnly);
    await screen.findByRole('list');
    await user.click(screen.getByRole('button', { name: en.newContactForm }));
    await user.type(screen.getByRole('textbox', { name: en.newContactEmail }), 'new@example.com');
    await user.click(screen.getByRole('button', { name: en.newContactSave }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('create_customers'));
    await user.click(screen.getByRole('button', { name: en.newContactCancel }));
    const add = screen.getByRole('button', { name: en.newContactForm });
    expect(add).toHaveFocus();
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toBeEnabled();
    expect(add).toHaveAccessibleDescription(en.createScopeMissing);
    await user.click(add);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('form', { name: en.newContactForm })).toBeNull();
    expect(sent('POST', CONTACT_LIST_PATH)).toBe(1);
  });

  it('shows a contact being added as "Saving…" until the refetched list has it', async () => {
    server.use(slowWriteHandler({ method: 'POST', delayMs: 200 }));
    const { client, queryClient } = renderList({ editable: true });
    await screen.findByRole('list');
    function Adder() {
      const create = useCreateCustomerContact({ client, queryClient });
      return (
        <button
          type="button"
          onClick={() =>
            create.mutate({
              customerId: mockCustomerIds.seed,
              contact: { type: 'URL', contact: 'https://new.example.com' },
            })
          }
        >
          add
        </button>
      );
    }
    render(<Adder />);
    await act(async () => {
      screen.getByRole('button', { name: 'add' }).click();
    });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT + 1));
    const pending = screen.getAllByRole('article').at(-1);
    expect(pending).toHaveTextContent(en.saving);
    await waitFor(() => expect(screen.queryByText(en.saving)).toBeNull());
    expect(screen.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT + 1);
  });
});
