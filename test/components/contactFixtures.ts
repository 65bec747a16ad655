import { parseCustomerContact, type CustomerContact } from '../../src';
import { seedContact } from '../mocks/mockStore';

/** The seed contact as the API layer parses it, with `overrides` on top. */
export function makeContact(overrides: Partial<CustomerContact> = {}): CustomerContact {
  return { ...parseCustomerContact(seedContact), ...overrides };
}
