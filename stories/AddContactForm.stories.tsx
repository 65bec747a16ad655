import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { PHONE_VIEWPORT } from '../.storybook/storyGlobals';
import { AddContactForm } from '../src/components/contactForm/AddContactForm';
import { addContactFormEn } from '../src/components/labels/addContactFormLabels';
import '../src/components/customerContacts.css';
import { writeServerErrorHandler } from '../test/mocks/failureHandlers';
import { mockTokens } from '../test/mocks/mockAuthorization';
import { mockCustomerIds } from '../test/mocks/mockStore';

const strings = addContactFormEn;

const meta = {
  title: 'Components/AddContactForm',
  component: AddContactForm,
  args: { customerId: mockCustomerIds.seed, onDone: fn() },
  parameters: {
    docs: {
      // Each story in its own iframe: one story's failure handler must not break its neighbours.
      story: { inline: false, iframeHeight: 520 },
      description: {
        component: [
          'Adds one contact to a customer with `useCreateCustomerContact`: **Type**, **Contact** (its',
          'label, hint and keyboard follow the type), **Note**, **Default**, **Save contact** and',
          '**Cancel**. The value is checked for its type before anything is sent, with the rules that',
          'decide whether a card links it. `CustomerContacts editable` shows it below the list; it also',
          'works alone. These stories run against the mock Ecwid API of store 1003.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<typeof AddContactForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The empty form; the keyboard reaches Type first. */
export const Empty: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('form', { name: strings.newContactForm })).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('combobox', { name: strings.newContactType })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: strings.newContactEmail })).toHaveFocus();
  },
};

/** An email that would not become a `mailto:` link: marked, described, focused; nothing is sent. */
export const ValidationErrors: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const email = canvas.getByRole('textbox', { name: strings.newContactEmail });
    await userEvent.type(email, 'jane.doe');
    await userEvent.click(canvas.getByRole('button', { name: strings.newContactSave }));
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(expect.stringContaining(strings.newContactEmailInvalid));
    await expect(email).toHaveFocus();
    await expect(args.onDone).not.toHaveBeenCalled();
  },
};

/** The label, hint and keyboard follow the type: Telegram takes a profile link or an @handle. */
export const ProfileHandle: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: strings.newContactType }), 'TELEGRAM');
    const profile = canvas.getByRole('textbox', { name: strings.newContactProfile });
    await expect(profile).toHaveAccessibleDescription(strings.newContactProfileHint);
    await userEvent.type(profile, '@janedoe_shop');
    await expect(profile).not.toHaveAttribute('aria-invalid');
  },
};

/** The app was installed without `create_customers`: Ecwid refuses, the alert names the scope. */
export const MissingScope: Story = {
  parameters: { ecwidClient: { token: mockTokens.readOnly } },
  play: async ({ args, canvas, userEvent }) => {
    const email = canvas.getByRole('textbox', { name: strings.newContactEmail });
    await userEvent.type(email, 'new@example.com{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('create_customers'));
    await expect(email).toHaveValue('new@example.com');
    await expect(args.onDone).not.toHaveBeenCalled();
  },
};

/** What a host shows once it knows the scope is missing: Save blocked, the fields read-only, the reason next to them. */
export const DisabledForMissingScope: Story = {
  args: { disabledReason: strings.newContactMissingScope },
  play: async ({ args, canvas, userEvent }) => {
    const save = canvas.getByRole('button', { name: strings.newContactSave });
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toHaveAccessibleDescription(strings.newContactMissingScope);
    await expect(canvas.getByRole('textbox', { name: strings.newContactEmail })).toHaveAttribute('readonly');
    await userEvent.click(canvas.getByRole('button', { name: strings.newContactCancel }));
    await expect(args.onDone).toHaveBeenCalledTimes(1);
  },
};

/** Ecwid fails (500): everything typed stays, and an alert says so. */
export const FailedSaveKeepsText: Story = {
  beforeEach({ msw }) {
    msw.use(writeServerErrorHandler({ method: 'POST' }));
  },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: strings.newContactType }), 'PHONE');
    const phone = canvas.getByRole('textbox', { name: strings.newContactPhone });
    await userEvent.type(phone, '+44 20 7946 0958');
    await userEvent.type(canvas.getByRole('textbox', { name: strings.newContactNote }), 'Mornings');
    await userEvent.click(canvas.getByRole('checkbox', { name: strings.newContactDefault }));
    await userEvent.click(canvas.getByRole('button', { name: strings.newContactSave }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(strings.newContactSaveFailed));
    await expect(phone).toHaveValue('+44 20 7946 0958');
    await expect(canvas.getByRole('textbox', { name: strings.newContactNote })).toHaveValue('Mornings');
    await expect(canvas.getByRole('checkbox', { name: strings.newContactDefault })).toBeChecked();
    await expect(args.onDone).not.toHaveBeenCalled();
  },
};

/** Keyboard only: Tab through the fields, Space ticks Default, Enter on Save; then the form empties. */
export const Success: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const email = canvas.getByRole('textbox', { name: strings.newContactEmail });
    await userEvent.tab();
    await userEvent.tab();
    await expect(email).toHaveFocus();
    await userEvent.keyboard('new@example.com');
    await userEvent.tab();
    await userEvent.keyboard('From the fair');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: strings.newContactDefault })).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: strings.newContactSave })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onDone).toHaveBeenCalledTimes(1));
    // onDone runs in the same callback that empties the form, before React renders it empty.
    await waitFor(() => expect(email).toHaveValue(''));
  },
};

/** A 320 px phone: fields and buttons fit, nothing scrolls sideways. */
export const Phone: Story = {
  globals: { viewport: { value: PHONE_VIEWPORT, isRotated: false } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form');
    await expect(form).not.toBeNull();
    await expect(form?.scrollWidth).toBeLessThanOrEqual(form?.clientWidth ?? 0);
  },
};

/** Dark theme, right to left, with a field error and a failed save on screen (axe checks both). */
export const DarkRightToLeftWithErrors: Story = {
  globals: { theme: 'dark', direction: 'rtl' },
  beforeEach({ msw }) {
    msw.use(writeServerErrorHandler({ method: 'POST' }));
  },
  play: async ({ canvas, userEvent }) => {
    const email = canvas.getByRole('textbox', { name: strings.newContactEmail });
    await userEvent.type(email, 'new@example.com{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(strings.newContactSaveFailed));
    await userEvent.clear(email);
    await userEvent.type(email, 'jane.doe{Enter}');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveFocus();
  },
};
