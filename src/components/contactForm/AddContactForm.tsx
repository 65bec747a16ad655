'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { CONTACT_TYPES, isContactType, type ContactType } from '../../api/contactTypes';
import type { NewCustomerContact } from '../../api/customerContactWrite';
import type { EcwidApiErrorKind } from '../../api/ecwidApiError';
import type { EcwidClient } from '../../api/ecwidClient';
import { useCreateCustomerContact } from '../../query/useCreateCustomerContact';
import {
  resolveAddContactFormLabels,
  type AddContactFormLabels,
  type AddContactFormLabelsOverride,
} from '../labels/addContactFormLabels';
import { rootProps } from '../card/contactCardProps';
import {
  checkContactValue,
  CONTACT_VALUE_FIELDS,
  CONTACT_VALUE_KINDS,
  type ContactValueCheck,
  type ContactValueField,
} from './contactValueRules';
import type { DataAttributes } from '../dataAttributes';

export interface AddContactFormProps extends DataAttributes {
  customerId: number;
  /** Called once Ecwid has created the contact (the form is empty again), and on Cancel. */
  onDone?: () => void;
  /** A shipped locale (`de`, …) or any partial override of the form's strings and type names. */
  labels?: AddContactFormLabelsOverride;
  /** BCP 47 tag, as on the cards. The form formats nothing, so only `labels` change its language. */
  locale?: string;
  /** Overrides the EcwidProvider's client for the create. */
  client?: EcwidClient;
  /** For hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
  /**
   * When set (e.g. the app lacks `create_customers`), this is shown and linked to every control: the
   * fields become read-only (what was typed can still be selected and copied), Save does nothing.
   */
  disabledReason?: string;
  /** Added to the form's classes. */
  className?: string;
}

/** What the owner has typed, as the fields hold it. */
interface Draft {
  type: ContactType;
  contact: string;
  note: string;
  isDefault: boolean;
}

const EMPTY_DRAFT: Draft = { type: 'EMAIL', contact: '', note: '', isDefault: false };

/** What the alert says for each kind of failure: a new kind must choose its message. */
const SAVE_FAILURES: Record<EcwidApiErrorKind, keyof AddContactFormLabels> = {
  'invalid-token': 'newContactInvalidToken',
  'missing-scope': 'newContactMissingScope',
  forbidden: 'newContactSaveFailed',
  'not-found': 'newContactSaveFailed',
  'rate-limited': 'newContactRateLimited',
  'bad-request': 'newContactSaveFailed',
  'payment-required': 'newContactSaveFailed',
  server: 'newContactSaveFailed',
  timeout: 'newContactSaveFailed',
  network: 'newContactSaveFailed',
  aborted: 'newContactSaveFailed',
  'invalid-response': 'newContactSaveFailed',
  'invalid-argument': 'newContactSaveFailed',
  'not-applied': 'newContactNotApplied',
};

/**
 * The body of the create: `contact` trimmed, `note` and `default` only when set. A bare @handle is
 * sent as typed in `contact`: the card links it to the profile from the value alone.
 */
function newContactOf({ type, contact, note, isDefault }: Draft): NewCustomerContact {
  const trimmedNote = note.trim();
  return {
    type,
    contact: contact.trim(),
    ...(trimmedNote !== '' && { note: trimmedNote }),
    ...(isDefault && { default: true }),
  };
}

/** The message for a checked value, if it has a problem. */
function problemMessage(
  check: ContactValueCheck,
  field: ContactValueField,
): keyof AddContactFormLabels | undefined {
  switch (check) {
    case 'valid':
      return undefined;
    case 'empty':
      return 'newContactEmpty';
    case 'invalid':
      return field.invalid;
    default:
      return check satisfies never;
  }
}

/**
 * A form that adds one contact to a customer with `useCreateCustomerContact`: type, value, note and
 * default. The value is checked for its type before anything is sent, with the rules that decide
 * whether a card links it. Until Ecwid answers the form keeps what was typed; on success it empties
 * and calls `onDone`, on failure it keeps everything and an alert says why.
 */
export function AddContactForm(props: AddContactFormProps) {
  const { customerId, onDone, labels, client, queryClient, disabledReason } = props;
  const strings = resolveAddContactFormLabels(labels);
  const create = useCreateCustomerContact({ client, queryClient });
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  // Errors show from the first Save on, then follow the typing, so a fixed value clears its message.
  const [isChecked, setIsChecked] = useState(false);
  const contactInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const ids = {
    type: `${id}-type`,
    contact: `${id}-contact`,
    contactHint: `${id}-contact-hint`,
    contactError: `${id}-contact-error`,
    note: `${id}-note`,
    noteHint: `${id}-note-hint`,
    isDefault: `${id}-default`,
    defaultHint: `${id}-default-hint`,
    disabledReason: `${id}-disabled-reason`,
  };

  const isDisabled = disabledReason !== undefined;
  const field = CONTACT_VALUE_FIELDS[CONTACT_VALUE_KINDS[draft.type]];
  const check = checkContactValue(draft.type, draft.contact);
  const problem = isChecked ? problemMessage(check, field) : undefined;
  const contactError = problem && strings[problem];

  function update(change: Partial<Draft>) {
    if (isDisabled) return;
    setDraft((current) => ({ ...current, ...change }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isDisabled || create.isPending) return;
    setIsChecked(true);
    if (check !== 'valid') {
      contactInput.current?.focus();
      return;
    }
    create.mutate(
      { customerId, contact: newContactOf(draft) },
      {
        onSuccess: () => {
          setDraft(EMPTY_DRAFT);
          setIsChecked(false);
          onDone?.();
        },
      },
    );
  }

  function cancel() {
    // A sent create cannot be called back: the form waits for Ecwid's answer and closes on success.
    if (create.isPending) return;
    setDraft(EMPTY_DRAFT);
    setIsChecked(false);
    create.reset();
    onDone?.();
  }

  const reasonId = isDisabled ? ids.disabledReason : undefined;
  // Never `disabled`: the reason comes after a failed Save, while a control has the focus, and a
  // disabled control drops it and leaves the tab order, where its description would be heard.
  const blockedChoice = isDisabled || undefined;

  return (
    <form {...rootProps(props, 'ecc-form')} aria-label={strings.newContactForm} noValidate onSubmit={submit}>
      {isDisabled && (
        <p id={ids.disabledReason} className="ecc-blocked">
          {disabledReason}
        </p>
      )}
      <div className="ecc-field">
        <label htmlFor={ids.type}>{strings.newContactType}</label>
        <select
          id={ids.type}
          value={draft.type}
          aria-disabled={blockedChoice}
          aria-describedby={reasonId}
          onChange={(event) => {
            const type = event.target.value;
            if (isContactType(type)) update({ type });
          }}
        >
          {CONTACT_TYPES.map((type) => (
            <option key={type} value={type}>
              {strings.types[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="ecc-field">
        <label htmlFor={ids.contact}>{strings[field.label]}</label>
        <input
          ref={contactInput}
          id={ids.contact}
          type={field.type}
          inputMode={field.inputMode}
          // The owner types a customer's details: the browser's own saved addresses would be wrong.
          autoComplete="off"
          dir="auto"
          value={draft.contact}
          readOnly={isDisabled}
          aria-required="true"
          aria-invalid={contactError ? 'true' : undefined}
          aria-describedby={[contactError && ids.contactError, ids.contactHint, reasonId]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) => update({ contact: event.target.value })}
        />
        {contactError && (
          <p id={ids.contactError} className="ecc-field-error">
            {contactError}
          </p>
        )}
        <p id={ids.contactHint} className="ecc-hint">
          {strings[field.hint]}
        </p>
      </div>
      <div className="ecc-field">
        <label htmlFor={ids.note}>{strings.newContactNote}</label>
        <textarea
          id={ids.note}
          dir="auto"
          rows={2}
          value={draft.note}
          readOnly={isDisabled}
          aria-describedby={[ids.noteHint, reasonId].filter(Boolean).join(' ')}
          onChange={(event) => update({ note: event.target.value })}
        />
        <p id={ids.noteHint} className="ecc-hint">
          {strings.newContactNoteHint}
        </p>
      </div>
      <div className="ecc-check">
        <input
          id={ids.isDefault}
          type="checkbox"
          checked={draft.isDefault}
          aria-disabled={blockedChoice}
          aria-describedby={[ids.defaultHint, reasonId].filter(Boolean).join(' ')}
          onChange={(event) => update({ isDefault: event.target.checked })}
        />
        <label htmlFor={ids.isDefault}>{strings.newContactDefault}</label>
        <p id={ids.defaultHint} className="ecc-hint">
          {strings.newContactDefaultHint}
        </p>
      </div>
      {/* Present before it has anything to say, so screen readers announce the message when it comes. */}
      <p className="ecc-alert" role="alert">
        {create.error && strings[SAVE_FAILURES[create.error.kind]]}
      </p>
      <div className="ecc-form-actions">
        <button
          type="submit"
          className="ecc-button"
          aria-disabled={isDisabled || create.isPending || undefined}
          aria-describedby={reasonId}
        >
          {strings.newContactSave}
        </button>
        <button
          type="button"
          className="ecc-button"
          aria-disabled={create.isPending || undefined}
          onClick={cancel}
        >
          {strings.newContactCancel}
        </button>
        <span className="ecc-status" role="status">
          {create.isPending && strings.newContactSaving}
        </span>
      </div>
    </form>
  );
}
