import type { HTMLInputTypeAttribute, HTMLAttributes } from 'react';
import type { ContactType } from '../../api/contactTypes';
import type { AddContactFormLabels } from '../labels/addContactFormLabels';
import { contactHref } from '../card/contactHref';

/** What a contact value of a type is: it decides the field's label, hint, keyboard and check. */
export type ContactValueKind = 'email' | 'phone' | 'phoneOrWeb' | 'profile' | 'web' | 'text';

/** Every type's kind in one table, so a new type cannot be added without deciding its field. */
export const CONTACT_VALUE_KINDS: Record<ContactType, ContactValueKind> = {
  EMAIL: 'email',
  PHONE: 'phone',
  FACEBOOK: 'profile',
  INSTAGRAM: 'profile',
  TWITTER: 'profile',
  YOUTUBE: 'profile',
  TIKTOK: 'profile',
  PINTEREST: 'profile',
  VK: 'profile',
  FB_MESSENGER: 'profile',
  WHATSAPP: 'phoneOrWeb',
  TELEGRAM: 'profile',
  VIBER: 'phoneOrWeb',
  URL: 'web',
  OTHER: 'text',
};

/** The string labels of the form: the keys a kind's field reads its texts from. */
type FormMessage = keyof AddContactFormLabels;

/** The Contact field's texts, input type and on-screen keyboard, per kind. */
export interface ContactValueField {
  label: FormMessage;
  hint: FormMessage;
  /** Shown when the value is not empty but cannot be linked as this kind; absent for free text. */
  invalid?: FormMessage;
  type: HTMLInputTypeAttribute;
  inputMode: NonNullable<HTMLAttributes<HTMLInputElement>['inputMode']>;
}

export const CONTACT_VALUE_FIELDS: Record<ContactValueKind, ContactValueField> = {
  email: {
    label: 'newContactEmail',
    hint: 'newContactEmailHint',
    invalid: 'newContactEmailInvalid',
    type: 'email',
    inputMode: 'email',
  },
  phone: {
    label: 'newContactPhone',
    hint: 'newContactPhoneHint',
    invalid: 'newContactPhoneInvalid',
    type: 'tel',
    inputMode: 'tel',
  },
  phoneOrWeb: {
    label: 'newContactPhoneOrWeb',
    hint: 'newContactPhoneOrWebHint',
    invalid: 'newContactPhoneOrWebInvalid',
    type: 'text',
    inputMode: 'text',
  },
  profile: {
    label: 'newContactProfile',
    hint: 'newContactProfileHint',
    invalid: 'newContactProfileInvalid',
    type: 'text',
    inputMode: 'url',
  },
  web: {
    label: 'newContactWeb',
    hint: 'newContactWebHint',
    invalid: 'newContactWebInvalid',
    type: 'url',
    inputMode: 'url',
  },
  text: { label: 'newContactText', hint: 'newContactTextHint', type: 'text', inputMode: 'text' },
};

/** The result of checking a value: `valid`, or why it cannot be sent. */
export type ContactValueCheck = 'valid' | 'empty' | 'invalid';

const WEB_LINK = /^https?:/;

function isWebLink(href: string | null): boolean {
  return href !== null && WEB_LINK.test(href);
}

/** A phone number as the card links one: 3–20 digits with phone punctuation (contactHref's PHONE rule). */
function isPhoneNumber(value: string): boolean {
  return contactHref({ type: 'PHONE', contact: value })?.startsWith('tel:') ?? false;
}

/**
 * Checks a value typed for `type` with the rules that decide whether a card links it: an email
 * that becomes `mailto:`, a phone of 3–20 digits, an http(s) address (or a bare host name where
 * the card links one), a profile link or @handle for the social types; any text for OTHER.
 */
export function checkContactValue(type: ContactType, value: string): ContactValueCheck {
  const contact = value.trim();
  if (contact === '') return 'empty';
  const href = contactHref({ type, contact });
  const kind = CONTACT_VALUE_KINDS[type];
  switch (kind) {
    case 'email':
      return href?.startsWith('mailto:') ? 'valid' : 'invalid';
    case 'phone':
      return isPhoneNumber(contact) ? 'valid' : 'invalid';
    case 'phoneOrWeb':
      return isPhoneNumber(contact) || isWebLink(href) ? 'valid' : 'invalid';
    case 'profile':
    case 'web':
      return isWebLink(href) ? 'valid' : 'invalid';
    case 'text':
      return 'valid';
    default:
      return kind satisfies never;
  }
}
