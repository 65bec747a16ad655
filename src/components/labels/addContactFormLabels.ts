import {
  resolveLabels,
  withOverrides,
  type ContactCardLabels,
  type ContactCardLabelsOverride,
} from './labels';

/**
 * The strings of `AddContactForm`, kept apart from the card's `en` so a read-only host does not
 * carry them. The shipped locales hold them next to the card's strings.
 */
export interface AddContactFormLabels {
  /** Accessible name of the form. */
  newContactForm: string;
  /** Label of the contact type `<select>`; its options are the card's `types`. */
  newContactType: string;
  /** Label, hint and message for an invalid value, per kind of contact (see `CONTACT_VALUE_FIELDS`). */
  newContactEmail: string;
  newContactEmailHint: string;
  newContactEmailInvalid: string;
  newContactPhone: string;
  newContactPhoneHint: string;
  newContactPhoneInvalid: string;
  /** WhatsApp and Viber. */
  newContactPhoneOrWeb: string;
  newContactPhoneOrWebHint: string;
  newContactPhoneOrWebInvalid: string;
  /** The social networks and Telegram. */
  newContactProfile: string;
  newContactProfileHint: string;
  newContactProfileInvalid: string;
  newContactWeb: string;
  newContactWebHint: string;
  newContactWebInvalid: string;
  /** Other contact: any text. */
  newContactText: string;
  newContactTextHint: string;
  /** Shown when the contact field is empty (or only spaces). */
  newContactEmpty: string;
  newContactNote: string;
  newContactNoteHint: string;
  /** Label of the checkbox that makes the new contact its type's default. */
  newContactDefault: string;
  newContactDefaultHint: string;
  newContactSave: string;
  /** Announced while Ecwid has not answered yet. */
  newContactSaving: string;
  newContactCancel: string;
  /** Must say that the app needs `create_customers` access. */
  newContactMissingScope: string;
  newContactInvalidToken: string;
  /** Ecwid answered, but created nothing. */
  newContactNotApplied: string;
  newContactRateLimited: string;
  /** Any other failure: the contact may or may not have been created. */
  newContactSaveFailed: string;
}

/** The built-in English strings of the form. */
export const addContactFormEn = {
  newContactForm: 'Add contact',
  newContactType: 'Type',
  newContactEmail: 'Email address',
  newContactEmailHint: 'For example, name@example.com',
  newContactEmailInvalid: 'Enter an email address, such as name@example.com',
  newContactPhone: 'Phone number',
  newContactPhoneHint: 'With the country code, for example +44 20 7946 0958',
  newContactPhoneInvalid: 'Enter a phone number with 3 to 20 digits.',
  newContactPhoneOrWeb: 'Phone number or link',
  newContactPhoneOrWebHint: 'A phone number with the country code, or a link that starts with https://.',
  newContactPhoneOrWebInvalid:
    'Enter a phone number with 3 to 20 digits, or a link that starts with https://.',
  newContactProfile: 'Profile link or @handle',
  newContactProfileHint: 'A link to the profile, or the @handle on that network.',
  newContactProfileInvalid: 'Enter a profile link that starts with https://, or an @handle.',
  newContactWeb: 'Web address',
  newContactWebHint: 'For example, https://shop.example.com',
  newContactWebInvalid: 'Enter a web address, such as https://shop.example.com',
  newContactText: 'Contact',
  newContactTextHint: 'Any contact details, for example a Skype name.',
  newContactEmpty: 'Enter the contact.',
  newContactNote: 'Note',
  newContactNoteHint: 'Optional.',
  newContactDefault: 'Default',
  newContactDefaultHint: 'The main contact of its type. A customer has one default per type.',
  newContactSave: 'Save contact',
  newContactSaving: 'Saving…',
  newContactCancel: 'Cancel',
  newContactMissingScope: 'The app needs create_customers access.',
  newContactInvalidToken: 'Invalid access token. Reopen the app.',
  newContactNotApplied: 'Ecwid did not save the contact. Try again.',
  newContactRateLimited: 'Too many requests. Try again soon.',
  newContactSaveFailed: 'Could not save the contact. Check the list before you try again.',
} as const satisfies AddContactFormLabels;

/** Any subset of the form's strings and of the type names: a shipped locale fits as it is. */
export type AddContactFormLabelsOverride = Partial<AddContactFormLabels> &
  Pick<ContactCardLabelsOverride, 'types'>;

/** The form's strings with the type names the `<select>` shows. */
export interface ResolvedAddContactFormLabels extends AddContactFormLabels {
  types: ContactCardLabels['types'];
}

/** English with the given overrides on top, type names included. */
export function resolveAddContactFormLabels(
  overrides?: AddContactFormLabelsOverride,
): ResolvedAddContactFormLabels {
  return {
    ...withOverrides(addContactFormEn, overrides),
    types: resolveLabels({ types: overrides?.types }).types,
  };
}
