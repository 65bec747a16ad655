import { isContactType, type ContactType } from '../../api/contactTypes';

/** The type itself when it is one of the 15 documented ones; anything else is shown as OTHER. */
export function knownContactType(type: unknown): ContactType {
  return isContactType(type) ? type : 'OTHER';
}
