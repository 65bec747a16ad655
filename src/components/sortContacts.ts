import type { CustomerContact } from '../api/customerContact';

/** Ecwid's order: `orderBy`, then `id` for equal positions. Returns a new array. */
export function sortContacts<TContact extends Pick<CustomerContact, 'orderBy' | 'id'>>(
  contacts: readonly TContact[],
): TContact[] {
  return contacts.toSorted((first, second) => first.orderBy - second.orderBy || first.id - second.id);
}
