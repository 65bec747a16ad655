import type { ContactType } from '../../api/contactTypes';
import { addContactFormEn, type AddContactFormLabels } from './addContactFormLabels';
import { en, withOverrides, type ContactCardLabels } from './labels';

/**
 * The card's and the add form's strings plus those of `CustomerContacts`: the list, its states and
 * in-place editing.
 * Kept apart from the card's `en`, so a host showing cards only does not ship them. Each shipped
 * locale (`ecwid-contact-card/locales/*`) holds all of them, so one import serves card and list.
 */
export interface CustomerContactsLabels extends ContactCardLabels, AddContactFormLabels {
  /** Accessible name of the list. */
  contactsList: string;
  /** Accessible name of the list's loading skeleton. */
  loadingContacts: string;
  /** Shown when the customer has no contacts. */
  noContacts: string;
  /** Button that opens the note editor in a card. */
  editNote: string;
  /** Label of the note's text field. */
  noteField: string;
  saveNote: string;
  cancel: string;
  /** Button on a contact that is not its type's default. */
  makeDefault: string;
  deleteContact: string;
  /** Status after a delete, while Undo is offered. */
  contactDeleted: string;
  undo: string;
  /** Status of a write on its way (a note being saved, a contact being added). */
  saving: string;
  /** Alert when a note could not be saved; a reason may follow. */
  noteSaveFailed: string;
  /** Alert when a contact could not be made the default; a reason may follow. */
  makeDefaultFailed: string;
  /** Alert when a contact could not be deleted; a reason may follow. */
  deleteFailed: string;
  /** Must say that the app needs `update_customers` access (edit, make default, delete). */
  updateScopeMissing: string;
  /** Must say that the app needs `create_customers` access (add). */
  createScopeMissing: string;
  /** Reason after a failed write: the contact is no longer in the store. */
  contactGone: string;
}

/** A labels object with any subset of the strings (and of the type names) replaced. */
export type CustomerContactsLabelsOverride = Partial<Omit<CustomerContactsLabels, 'types'>> & {
  types?: Partial<Record<ContactType, string>>;
};

/** The built-in English strings of `CustomerContacts`: the card's `en`, the add form's and the list's own. */
export const customerContactsEn = {
  ...en,
  ...addContactFormEn,
  contactsList: 'Contacts',
  loadingContacts: 'Loading contacts',
  noContacts: 'No contacts yet.',
  editNote: 'Edit note',
  noteField: 'Note',
  saveNote: 'Save note',
  cancel: 'Cancel',
  makeDefault: 'Make default',
  deleteContact: 'Delete contact',
  contactDeleted: 'Contact deleted.',
  undo: 'Undo',
  saving: 'Saving…',
  noteSaveFailed: 'Could not save the note.',
  makeDefaultFailed: 'Could not make this contact the default.',
  deleteFailed: 'Could not delete the contact.',
  updateScopeMissing: 'The app needs update_customers access.',
  createScopeMissing: 'The app needs create_customers access.',
  contactGone: 'The contact is no longer in the store.',
} as const satisfies CustomerContactsLabels;

/** English with the given overrides on top, type names included. */
export function resolveCustomerContactsLabels(
  overrides?: CustomerContactsLabelsOverride,
): CustomerContactsLabels {
  return {
    ...withOverrides(customerContactsEn, overrides),
    types: withOverrides(customerContactsEn.types, overrides?.types),
  };
}
