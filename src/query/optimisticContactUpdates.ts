import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CustomerContact, CustomerContactPatch } from '../api/index';
import { customerContactKeys } from './customerContactKeys';

/*
 * What a write does to the cached copies of a customer's contacts before Ecwid answers. A customer's
 * entries are their list (`CustomerContact[]`) and one detail per contact (`CustomerContact`); every
 * function below changes only the entries it must, and returns the same object for the rest, so an
 * untouched entry keeps its reference and its `dataUpdatedAt`.
 */

/** A write's effect on one contact: the contact as it will be, or null once it is gone. */
export type ContactChange = (contact: CustomerContact) => CustomerContact | null;

/** A contact this write changed in one list, as the list held it before: what a failed write puts back. */
interface ListedContactBefore {
  contact: CustomerContact;
  /** The write took it out of the list, so a rollback may put it back in. */
  removed: boolean;
}

/**
 * What one write changed in the customer's cache, as it was before: the contacts it touched in each
 * list and each detail it changed. A failed write puts back only these, so the optimistic changes of the
 * customer's other writes in flight, and contacts they deleted, stay as they are.
 */
export interface ContactRollback {
  lists: ReadonlyArray<readonly [QueryKey, readonly ListedContactBefore[]]>;
  details: ReadonlyArray<readonly [QueryKey, CustomerContact]>;
}

/** Sets a handle or a note; `''` removes it (how Ecwid clears a note), undefined leaves it. */
function setText(contact: CustomerContact, field: 'handle' | 'note', value: string | undefined): void {
  if (value === '') delete contact[field];
  else if (value !== undefined) contact[field] = value;
}

/** The contact with the patch's fields merged in; a new type is also its `rawType`. */
export function patchContact(contact: CustomerContact, patch: CustomerContactPatch): CustomerContact {
  const patched = { ...contact };
  if (patch.contact !== undefined) patched.contact = patch.contact;
  if (patch.type !== undefined) {
    patched.type = patch.type;
    patched.rawType = patch.type;
  }
  if (patch.default !== undefined) patched.default = patch.default;
  if (patch.orderBy !== undefined) patched.orderBy = patch.orderBy;
  setText(patched, 'handle', patch.handle);
  setText(patched, 'note', patch.note);
  return patched;
}

/**
 * The change an update makes: the patched contact, and, when it ends up as its type's default, no
 * other contact of that type stays default (Ecwid allows one default per type). `current` is the
 * contact as cached before the update.
 */
export function updateChange(current: CustomerContact, patch: CustomerContactPatch): ContactChange {
  const updated = patchContact(current, patch);
  return (contact) => {
    if (contact.id === updated.id) return updated;
    if (updated.default && contact.default && contact.type === updated.type) {
      return { ...contact, default: false };
    }
    return contact;
  };
}

/** The change a delete makes: the contact is gone, the others stay as they are. */
export function deleteChange(contactId: number): ContactChange {
  return (contact) => (contact.id === contactId ? null : contact);
}

/** The list after `change`, in `orderBy` order as the client lists it; the same array when nothing changed. */
export function changeList(contacts: CustomerContact[], change: ContactChange): CustomerContact[] {
  const changed = contacts.flatMap((contact) => change(contact) ?? []);
  const unchanged =
    changed.length === contacts.length && changed.every((contact, index) => contact === contacts[index]);
  if (unchanged) return contacts;
  // Array.prototype.sort is stable, so equal orderBy keeps the cached order.
  return changed.sort((first, second) => first.orderBy - second.orderBy);
}

function customerEntries(queryClient: QueryClient, storeId: number, customerId: number) {
  return queryClient.getQueriesData<CustomerContact[] | CustomerContact>({
    queryKey: customerContactKeys.customer(storeId, customerId),
  });
}

/** The contact as the cache holds it: from the customer's list, else from its detail. */
export function cachedContact(
  queryClient: QueryClient,
  storeId: number,
  customerId: number,
  contactId: number,
): CustomerContact | undefined {
  return (
    queryClient
      .getQueryData<CustomerContact[]>(customerContactKeys.list(storeId, customerId))
      ?.find((contact) => contact.id === contactId) ??
    queryClient.getQueryData<CustomerContact>(customerContactKeys.detail(storeId, customerId, contactId))
  );
}

/** Sorts as the client lists contacts, with the id deciding between equal `orderBy`. */
function listsBefore(first: CustomerContact, second: CustomerContact): boolean {
  return first.orderBy < second.orderBy || (first.orderBy === second.orderBy && first.id < second.id);
}

/**
 * Applies `change` to the customer's cached list and details, and returns what it changed, for
 * `rollBackContactChange`. A detail whose contact is gone stays until the server confirms the delete:
 * the write may still fail.
 */
export function applyContactChange(
  queryClient: QueryClient,
  storeId: number,
  customerId: number,
  change: ContactChange,
): ContactRollback {
  const lists: [QueryKey, ListedContactBefore[]][] = [];
  const details: [QueryKey, CustomerContact][] = [];
  for (const [queryKey, data] of customerEntries(queryClient, storeId, customerId)) {
    if (Array.isArray(data)) {
      const changed = changeList(data, change);
      if (changed === data) continue;
      queryClient.setQueryData(queryKey, changed);
      const touched = data.flatMap((contact) => {
        const after = change(contact);
        return after === contact ? [] : [{ contact, removed: after === null }];
      });
      lists.push([queryKey, touched]);
    } else if (data) {
      const changed = change(data);
      if (changed && changed !== data) {
        queryClient.setQueryData(queryKey, changed);
        details.push([queryKey, data]);
      }
    }
  }
  return { lists, details };
}

/** `contacts` with `before` back in its place: where a copy of it is, or, if `removed`, where it sorts. */
function putBack(contacts: CustomerContact[], { contact: before, removed }: ListedContactBefore) {
  if (contacts.includes(before)) return contacts;
  const others = contacts.filter((contact) => contact.id !== before.id);
  if (others.length === contacts.length && !removed) return contacts;
  const index = others.findIndex((contact) => listsBefore(before, contact));
  return others.toSpliced(index === -1 ? others.length : index, 0, before);
}

/**
 * Undoes one write's optimistic change: each contact it touched gets back its copy from before the
 * write, in the cache as it is now. Every other contact stays as the customer's other writes left it,
 * and an entry the write did not remove is never brought back (another write may have deleted it).
 */
export function rollBackContactChange(queryClient: QueryClient, rollback: ContactRollback): void {
  for (const [queryKey, touched] of rollback.lists) {
    const current = queryClient.getQueryData<CustomerContact[]>(queryKey);
    if (!current) continue;
    const restored = touched.reduce(putBack, current);
    if (restored !== current) queryClient.setQueryData(queryKey, restored);
  }
  for (const [queryKey, before] of rollback.details) {
    const current = queryClient.getQueryData<CustomerContact>(queryKey);
    if (current && current !== before) queryClient.setQueryData(queryKey, before);
  }
}
