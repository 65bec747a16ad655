import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { matchRequestUrl } from 'msw';
import { createEcwidClient } from '../../src/api/index';
import { CONTACT_TYPES, type ContactType } from '../../src/api/contactTypes';
import { AddContactForm, type AddContactFormProps } from '../../src/components/contactForm/AddContactForm';
import { addContactFormEn } from '../../src/components/labels/addContactFormLabels';
import { CONTACT_VALUE_FIELDS, CONTACT_VALUE_KINDS } from '../../src/components/contactForm/contactValueRules';
import { en } from '../../src/components/labels/labels';
import { de } from '../../src/locales/de';
import { CONTACT_LIST_PATH } from '../mocks/ecwidApi';
import {
  slowWriteHandler,
  writeMissingScopeHandler,
  writeServerErrorHandler,
} from '../mocks/failureHandlers';
import { mockTokens } from '../mocks/mockAuthorization';
import { mockCustomerIds, mockStoreContacts } from '../mocks/mockStore';
import { server } from '../mocks/server';

const CUSTOMER_ID = mockCustomerIds.seed;
const SLOW_WRITE_MS = 300;

interface SentRequest {
  method: string;
  url: string;
  body: Promise<string>;
}

const sent: SentRequest[] = [];
function record({ request }: { request: Request }) {
  sent.push({ method: request.method, url: request.url, body: request.clone().text() });
}
beforeEach(() => {
  sent.length = 0;
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
});

/** The POSTs to the customer's contact list, with their JSON bodies. */
async function sentCreations(): Promise<unknown[]> {
  const creations = sent.filter(
    (request) =>
      request.method === 'POST' && matchRequestUrl(new URL(request.url), CONTACT_LIST_PATH).matches,
  );
  return Promise.all(creations.map(async (request) => JSON.parse(await request.body) as unknown));
}

function renderForm(props: Partial<AddContactFormProps> = {}, token: string = mockTokens.full) {
  const onDone = vi.fn();
  const client = createEcwidClient({ storeId: 1003, token });
  const queryClient = new QueryClient();
  render(
    <AddContactForm
      customerId={CUSTOMER_ID}
      onDone={onDone}
      client={client}
      queryClient={queryClient}
      {...props}
    />,
  );
  return { onDone, user: userEvent.setup() };
}

function contactField(type: ContactType = 'EMAIL') {
  return screen.getByRole('textbox', { name: addContactFormEn[fieldOf(type).label] });
}

function fieldOf(type: ContactType) {
  return CONTACT_VALUE_FIELDS[CONTACT_VALUE_KINDS[type]];
}

const controls = {
  type: () => screen.getByRole('combobox', { name: addContactFormEn.newContactType }),
  note: () => screen.getByRole('textbox', { name: addContactFormEn.newContactNote }),
  isDefault: () => screen.getByRole('checkbox', { name: addContactFormEn.newContactDefault }),
  save: () => screen.getByRole('button', { name: addContactFormEn.newContactSave }),
  cancel: () => screen.getByRole('button', { name: addContactFormEn.newContactCancel }),
  alert: () => screen.getByRole('alert'),
};

describe('AddContactForm', () => {
  it('is a named form whose type select lists the 15 type labels in the documented order', () => {
    renderForm({ 'data-testid': 'add-form', className: 'mine' });
    const form = screen.getByRole('form', { name: addContactFormEn.newContactForm });
    expect(form).toHaveAttribute('data-testid', 'add-form');
    expect(form).toHaveClass('ecc-form', 'mine');
    const options = within(controls.type()).getAllByRole('option');
    expect(options.map((option) => option.getAttribute('value'))).toEqual([...CONTACT_TYPES]);
    expect(options.map((option) => option.textContent)).toEqual(CONTACT_TYPES.map((type) => en.types[type]));
    expect(controls.alert()).toBeEmptyDOMElement();
  });

  it.each(CONTACT_TYPES)('labels the contact field and its hint for %s', async (type) => {
    const { user } = renderForm();
    await user.selectOptions(controls.type(), type);
    const field = fieldOf(type);
    const input = contactField(type);
    expect(input).toHaveAccessibleDescription(addContactFormEn[field.hint]);
    expect(input).toHaveAttribute('type', field.type);
    expect(input).toHaveAttribute('inputmode', field.inputMode);
  });

  it('marks an invalid email, describes why, moves focus to it and sends nothing', async () => {
    const { user, onDone } = renderForm();
    await user.type(contactField(), 'jane.doe');
    await user.click(controls.save());

    const input = contactField();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      `${addContactFormEn.newContactEmailInvalid} ${addContactFormEn.newContactEmailHint}`,
    );
    expect(input).toHaveFocus();
    expect(sent).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();

    // The message follows the typing once shown: a fixed value clears it.
    await user.type(input, '@example.com');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription(addContactFormEn.newContactEmailHint);
  });

  it('calls a blank value empty, and checks it again when the type changes', async () => {
    const { user } = renderForm();
    await user.type(contactField(), '   ');
    await user.click(controls.save());
    expect(contactField()).toHaveAccessibleDescription(
      `${addContactFormEn.newContactEmpty} ${addContactFormEn.newContactEmailHint}`,
    );
    expect(contactField()).toHaveFocus();

    await user.clear(contactField());
    await user.type(contactField(), '+44 20 7946 0958');
    expect(contactField()).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(controls.type(), 'PHONE');
    expect(contactField('PHONE')).not.toHaveAttribute('aria-invalid');
    expect(sent).toEqual([]);
  });

  it('sends one POST with only type and the trimmed contact, then empties and calls onDone', async () => {
    const { user, onDone } = renderForm();
    await user.selectOptions(controls.type(), 'TELEGRAM');
    await user.type(contactField('TELEGRAM'), '  @janedoe_shop  ');
    await user.click(controls.save());

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    // A bare handle goes as typed (trimmed), with no `handle` field: the card links it from the value.
    expect(await sentCreations()).toEqual([{ type: 'TELEGRAM', contact: '@janedoe_shop' }]);
    expect(mockStoreContacts(CUSTOMER_ID)?.at(-1)).toMatchObject({
      type: 'TELEGRAM',
      contact: '@janedoe_shop',
    });
    expect(controls.type()).toHaveValue('EMAIL');
    expect(contactField()).toHaveValue('');
  });

  it('adds note and default only when set, and says "saving" while Ecwid has not answered', async () => {
    server.use(slowWriteHandler({ method: 'POST', delayMs: SLOW_WRITE_MS }));
    const { user, onDone } = renderForm();
    await user.type(contactField(), 'new@example.com');
    await user.type(controls.note(), '  From the fair  ');
    await user.click(controls.isDefault());
    await user.click(controls.save());

    expect(controls.save()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(addContactFormEn.newContactSaving);
    // A second press while saving sends nothing more.
    await user.click(controls.save());
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));

    expect(await sentCreations()).toEqual([
      { type: 'EMAIL', contact: 'new@example.com', note: 'From the fair', default: true },
    ]);
    expect(controls.note()).toHaveValue('');
    expect(controls.isDefault()).not.toBeChecked();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('blocks Cancel while saving: the create cannot be called back, and the form closes when it succeeds', async () => {
    server.use(slowWriteHandler({ method: 'POST', delayMs: SLOW_WRITE_MS }));
    const { user, onDone } = renderForm();
    await user.type(contactField(), 'new@example.com');
    await user.click(controls.save());
    expect(controls.cancel()).toHaveAttribute('aria-disabled', 'true');
    await user.click(controls.cancel());
    expect(onDone).not.toHaveBeenCalled();
    expect(contactField()).toHaveValue('new@example.com');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(await sentCreations()).toHaveLength(1);
    expect(controls.cancel()).not.toHaveAttribute('aria-disabled');
  });

  it('keeps everything typed and alerts when the save fails, without repeating the POST', async () => {
    server.use(writeServerErrorHandler({ method: 'POST' }));
    const { user, onDone } = renderForm();
    await user.selectOptions(controls.type(), 'WHATSAPP');
    await user.type(contactField('WHATSAPP'), '+34 612 34 56 78');
    await user.type(controls.note(), 'Evenings only');
    await user.click(controls.isDefault());
    await user.click(controls.save());

    await waitFor(() => expect(controls.alert()).toHaveTextContent(addContactFormEn.newContactSaveFailed));
    expect(controls.type()).toHaveValue('WHATSAPP');
    expect(contactField('WHATSAPP')).toHaveValue('+34 612 34 56 78');
    expect(controls.note()).toHaveValue('Evenings only');
    expect(controls.isDefault()).toBeChecked();
    expect(await sentCreations()).toHaveLength(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(controls.save()).not.toHaveAttribute('aria-disabled');
  });

  const scopeFailures: { name: string; arrange: () => void; token: string }[] = [
    {
      name: 'the missing-scope handler',
      arrange: () => server.use(writeMissingScopeHandler({ method: 'POST' })),
      token: mockTokens.full,
    },
    { name: 'a read-only token', arrange: () => {}, token: mockTokens.readOnly },
  ];

  it.each(scopeFailures)('names create_customers in the alert after $name', async ({ arrange, token }) => {
    arrange();
    const { user, onDone } = renderForm({}, token);
    await user.type(contactField(), 'new@example.com');
    await user.click(controls.save());

    await waitFor(() => expect(controls.alert()).toHaveTextContent('create_customers'));
    expect(contactField()).toHaveValue('new@example.com');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('Cancel empties the form, calls onDone and sends nothing', async () => {
    const { user, onDone } = renderForm();
    await user.type(contactField(), 'new@example.com');
    await user.click(controls.cancel());
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(contactField()).toHaveValue('');
    expect(sent).toEqual([]);
  });

  it('blocks the fields and Save with the reason linked, keeping them focusable, and sends nothing', async () => {
    const reason = addContactFormEn.newContactMissingScope;
    const { user, onDone } = renderForm({ disabledReason: reason });
    expect(screen.getByText(reason)).toBeVisible();
    for (const control of [
      controls.type(),
      contactField(),
      controls.note(),
      controls.isDefault(),
      controls.save(),
    ]) {
      // Never `disabled`: a disabled control drops the focus and leaves the tab order.
      expect(control).toBeEnabled();
      expect(control).toHaveAccessibleDescription(expect.stringContaining(reason));
    }
    expect(contactField()).toHaveAttribute('readonly');
    expect(controls.note()).toHaveAttribute('readonly');
    for (const control of [controls.type(), controls.isDefault(), controls.save()]) {
      expect(control).toHaveAttribute('aria-disabled', 'true');
    }

    await user.type(contactField(), 'new@example.com');
    await user.selectOptions(controls.type(), 'PHONE');
    await user.click(controls.isDefault());
    expect(contactField()).toHaveValue('');
    expect(controls.type()).toHaveValue('EMAIL');
    expect(controls.isDefault()).not.toBeChecked();
    await user.click(controls.save());
    controls.save().focus();
    await user.keyboard('{Enter}');
    expect(sent).toEqual([]);
    expect(controls.save()).toHaveFocus();

    await user.click(controls.cancel());
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
  });

  it('takes its strings and type names from a shipped locale', () => {
    renderForm({ labels: de });
    expect(screen.getByRole('form', { name: de.newContactForm })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: de.newContactType })).toHaveDisplayValue(de.types.EMAIL);
    expect(screen.getByRole('textbox', { name: de.newContactEmail })).toBeInTheDocument();
  });
});
