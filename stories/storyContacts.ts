import { parseCustomerContact, type CustomerContact } from '../src/api';
import { mockContactJson, mockCustomers } from '../test/mocks/mockStore';

/**
 * Contacts for presentation stories, parsed from the same mock JSON the mock Ecwid API serves, so a
 * view story and a connected story of the same contact show the same thing.
 */
export function storyContact(customerId: number, contactId: number): CustomerContact {
  return parseCustomerContact(mockContactJson(customerId, contactId));
}

/** All contacts of one mock customer, parsed, in `orderBy` order. */
export function storyCustomerContacts(customerId: number): CustomerContact[] {
  return (mockCustomers.get(customerId) ?? []).map((json) => parseCustomerContact(json));
}
