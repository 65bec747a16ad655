import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { CONTACT_TYPES } from '../src/api';
import { CustomerContacts, customerContactsEn as en } from '../src/components';
import '../src/components/customerContacts.css';
import { PHONE_VIEWPORT } from '../.storybook/storyGlobals';
import {
  createOutage,
  invalidTokenHandler,
  missingScopeHandler,
  notFoundHandler,
  pendingForeverHandler,
  rateLimitedHandler,
  slowWriteHandler,
  writeConflictHandler,
} from '../test/mocks/failureHandlers';
import { mockTokens } from '../test/mocks/mockAuthorization';
import { de } from '../src/locales/de';
import { mockCustomerIds, seedContact } from '../test/mocks/mockStore';

const SEED_CONTACT_COUNT = 4;
const INSTAGRAM_NAME = `${en.types.INSTAGRAM} @myshop_page`;
const SEED_NAME = `${en.types.EMAIL} ${seedContact.contact}`;
const WHATSAPP_NAME = `${en.types.WHATSAPP} +14155550123`;

const meta = {
  title: 'Components/CustomerContacts',
  component: CustomerContacts,
  args: { customerId: mockCustomerIds.seed },
  parameters: {
    localeArgs: true,
    docs: {
      story: { inline: false, iframeHeight: 520 },
      description: {
        component: [
          'A customer’s contacts with one request (`useCustomerContacts`), in Ecwid’s order or grouped by',
          'type, with the loading, empty and error states in the list’s own box. With `editable`, each card',
          'can edit its note, become its type’s default or be deleted with Undo, and **Add contact** opens a',
          'form below the list. Import `ecwid-contact-card/customer-contacts.css` next to `styles.css`.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<typeof CustomerContacts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed customer: four contacts in Ecwid's order. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: en.contactsList });
    await expect(within(list).getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT);
  },
};

/** While the request runs: three busy skeleton rows the height of a card. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(pendingForeverHandler());
  },
  play: async ({ canvas }) => {
    const skeleton = canvas.getByRole('group', { name: en.loadingContacts });
    await expect(skeleton).toHaveAttribute('aria-busy', 'true');
    await expect(skeleton.querySelectorAll('.ecc-skeleton')).toHaveLength(3);
  },
};

/** One section per type, in the documented order, under h3 headings. */
export const GroupedByType: Story = {
  args: { customerId: mockCustomerIds.everyType, groupByType: true },
  play: async ({ canvas }) => {
    const headings = await canvas.findAllByRole('heading', { level: 3 }, { timeout: 5000 });
    await expect(headings.map((heading) => heading.textContent)).toEqual(
      CONTACT_TYPES.map((type) => en.types[type]),
    );
  },
};

/** Compact cards. */
export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT));
    for (const card of canvas.getAllByRole('article')) await expect(card).toHaveClass('ecc-compact');
  },
};

/** A customer without contacts. */
export const Empty: Story = {
  args: { customerId: mockCustomerIds.noContacts },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.noContacts)).toBeVisible();
  },
};

export const NotFound: Story = {
  beforeEach({ msw }) {
    msw.use(notFoundHandler());
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.notFound)).toBeVisible();
  },
};

export const MissingReadScope: Story = {
  beforeEach({ msw }) {
    msw.use(missingScopeHandler());
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('read_customers');
  },
};

export const InvalidToken: Story = {
  beforeEach({ msw }) {
    msw.use(invalidTokenHandler());
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.invalidToken);
    await expect(canvasElement.textContent).not.toContain('secret_');
  },
};

/** 429 while a retry is scheduled: the skeleton says it will retry by itself. */
export const RateLimited: Story = {
  parameters: { queryClient: { retryDelay: 60_000 } },
  beforeEach({ msw }) {
    msw.use(rateLimitedHandler({ retryAfterSeconds: 30 }));
  },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(en.rateLimited));
  },
};

const outage = { current: createOutage() };

/** A failure with Retry: the server recovers, Retry loads the list. */
export const FailureWithRetry: Story = {
  args: { onError: fn() },
  beforeEach({ msw }) {
    outage.current = createOutage();
    msw.use(outage.current.handler);
  },
  play: async ({ args, canvas, userEvent }) => {
    const retry = await canvas.findByRole('button', { name: en.retry }, { timeout: 5000 });
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'server' }));
    outage.current.end();
    await userEvent.click(retry);
    await expect(await canvas.findByRole('list', { name: en.contactsList })).toBeVisible();
  },
};

/** Editable: the note editor open on the seed contact, by keyboard. */
export const Editing: Story = {
  args: { editable: true },
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('article', { name: SEED_NAME });
    within(card).getByRole('button', { name: en.editNote }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(card).getByRole('textbox', { name: en.noteField })).toHaveFocus());
    await userEvent.keyboard('Prefers e-mail');
  },
};

/** Saving: the new note shows at once while a slow Ecwid answers. */
export const Saving: Story = {
  args: { editable: true },
  beforeEach({ msw }) {
    msw.use(slowWriteHandler({ method: 'PUT', delayMs: 60_000 }));
  },
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('article', { name: SEED_NAME });
    await userEvent.click(within(card).getByRole('button', { name: en.editNote }));
    await userEvent.keyboard('Call after 5 pm{Control>}{Enter}{/Control}');
    await expect(await within(card).findByText(en.saving)).toBeVisible();
    // The optimistic note lands after the hook has cancelled the customer's fetches: a moment later.
    await expect(await within(card).findByRole('button', { name: en.noteButton })).toBeVisible();
    await waitFor(() => expect(within(card).getByRole('button', { name: en.editNote })).toHaveFocus());
  },
};

/** A failed save (409, not retried): the editor opens again with the typed text and an alert. */
export const FailedSaveKeepsText: Story = {
  args: { editable: true },
  beforeEach({ msw }) {
    msw.use(writeConflictHandler({ method: 'PUT' }));
  },
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('article', { name: SEED_NAME });
    await userEvent.click(within(card).getByRole('button', { name: en.editNote }));
    await userEvent.keyboard('Keep this text');
    await userEvent.click(within(card).getByRole('button', { name: en.saveNote }));
    await expect(await within(card).findByRole('alert', {}, { timeout: 5000 })).toBeVisible();
    await expect(within(card).getByRole('textbox', { name: en.noteField })).toHaveValue('Keep this text');
  },
};

/** Make default: the badge moves to Instagram at once. */
export const MakeDefault: Story = {
  args: { editable: true },
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('article', { name: INSTAGRAM_NAME });
    await userEvent.click(within(card).getByRole('button', { name: en.makeDefault }));
    await expect(await within(card).findByText(en.defaultBadge)).toBeVisible();
  },
};

/** Delete with Undo: the card leaves, a status row offers Undo, Undo brings it back. */
export const DeleteWithUndo: Story = {
  args: { editable: true, undoTimeoutMs: 60_000 },
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('article', { name: WHATSAPP_NAME });
    await userEvent.click(within(card).getByRole('button', { name: en.deleteContact }));
    await expect(canvas.queryByRole('article', { name: WHATSAPP_NAME })).toBeNull();
    await expect(canvas.getByText(en.contactDeleted)).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: en.undo })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('article', { name: WHATSAPP_NAME })).toBeVisible();
  },
};

/** A token without update_customers: a refused write blocks the update controls (still focusable) with the reason. */
export const MissingWriteScope: Story = {
  args: { editable: true },
  parameters: { ecwidClient: { token: mockTokens.readOnly } },
  play: async ({ canvas, userEvent }) => {
    const card = await canvas.findByRole('article', { name: INSTAGRAM_NAME });
    await userEvent.click(within(card).getByRole('button', { name: en.makeDefault }));
    await expect(await within(card).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'update_customers',
    );
    await waitFor(() =>
      expect(canvas.getAllByRole('button', { name: en.editNote })[0]).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    await expect(canvas.getAllByText(en.updateScopeMissing).length).toBeGreaterThan(0);
  },
};

/** Add contact: the form opens below the list; a saved contact joins the list. */
export const AddContact: Story = {
  args: { editable: true },
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('list', { name: en.contactsList });
    await userEvent.click(canvas.getByRole('button', { name: en.newContactForm }));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: en.newContactType }), 'URL');
    await userEvent.type(canvas.getByRole('textbox', { name: en.newContactWeb }), 'https://new.example.com');
    await userEvent.click(canvas.getByRole('button', { name: en.newContactSave }));
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(SEED_CONTACT_COUNT + 1), {
      timeout: 5000,
    });
  },
};

/** German, right to left, dark, on a 320 px phone, editable: nothing overflows. */
export const GermanDarkRtlPhone: Story = {
  args: { editable: true, groupByType: true },
  globals: {
    locale: 'de',
    theme: 'dark',
    direction: 'rtl',
    viewport: { value: PHONE_VIEWPORT, isRotated: false },
  },
  play: async ({ canvas, userEvent }) => {
    const [editNote] = await canvas.findAllByRole('button', { name: de.editNote });
    if (!editNote) throw new Error('no Edit note button');
    await userEvent.click(editNote);
    await waitFor(() => expect(canvas.getByRole('textbox', { name: de.noteField })).toHaveFocus());
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};
