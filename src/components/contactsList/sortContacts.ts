import type { CustomerContact } from '../../api/customerContact';

/** Ecwid's order: `orderBy`, then `id` for equal positions. Returns a new array. */
export function sortContacts<TContact extends Pick<CustomerContact, 'orderBy' | 'id'>>(
  contacts: readonly TContact[],
): TContact[] {
  // A copy sorted, not toSorted(): that is ES2023, newer than the browsers the card supports.
  return [...contacts].sort((first, second) => first.orderBy - second.orderBy || first.id - second.id);
}
