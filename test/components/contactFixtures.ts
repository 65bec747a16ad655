import type { CustomerContact } from '../../src';

/** The seed's contact as the API layer parses it. */
export function makeContact(overrides: Partial<CustomerContact> = {}): CustomerContact {
  return {
    id: 113861381,
    contact: 'ec.apps@lightspeedhq.com',
    type: 'EMAIL',
    rawType: 'EMAIL',
    default: true,
    orderBy: 0,
    timestamp: '2025-03-26 11:07:12 +0000',
    createdAt: new Date('2025-03-26T11:07:12Z'),
    ...overrides,
  };
}
