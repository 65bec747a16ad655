/**
 * Query keys for customer contacts, from general to specific. Each key starts with its parent, so
 * `invalidateQueries({ queryKey: customerContactKeys.customer(storeId, customerId) })` reaches that
 * customer's list and every one of their contact details. The store id is part of every key below
 * `all`, so two stores never share a cache entry even when customer and contact ids are equal.
 *
 * Ids may be `undefined` so a query that waits for its ids (`skipToken`) still has an honest key.
 */
export const customerContactKeys = {
  all: ['ecwid-contact-card', 'customer-contacts'] as const,
  store: (storeId: number) => [...customerContactKeys.all, storeId] as const,
  customer: (storeId: number, customerId: number | undefined) =>
    [...customerContactKeys.store(storeId), customerId] as const,
  list: (storeId: number, customerId: number | undefined) =>
    [...customerContactKeys.customer(storeId, customerId), 'list'] as const,
  detail: (storeId: number, customerId: number | undefined, contactId: number | undefined) =>
    [...customerContactKeys.customer(storeId, customerId), 'detail', contactId] as const,
};

export type CustomerContactListKey = ReturnType<typeof customerContactKeys.list>;
export type CustomerContactDetailKey = ReturnType<typeof customerContactKeys.detail>;
