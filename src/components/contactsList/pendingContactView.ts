import type { CustomerContact } from '../../api/customerContact';
import type { NewCustomerContact } from '../../api/customerContactWrite';

/**
 * A contact still being added, shaped for `ContactCardView`: Ecwid gives it an id and a time only
 * once stored, so it has neither (a negative id per position keeps it apart from stored ones, and
 * no date is shown).
 */
export function pendingContactView(contact: NewCustomerContact, position: number): CustomerContact {
  return {
    id: -(position + 1),
    contact: contact.contact,
    handle: contact.handle,
    note: contact.note,
    type: contact.type,
    rawType: contact.type,
    default: contact.default ?? false,
    orderBy: contact.orderBy ?? Number.MAX_SAFE_INTEGER,
    timestamp: '',
    createdAt: null,
  };
}
