import { customerContactKeys } from '../../src/query/index';
import { createTestQueryClient } from './queryTestHarness';

describe('customerContactKeys', () => {
  it('builds each key by extending its parent', () => {
    const store = customerContactKeys.store(1003);
    const customer = customerContactKeys.customer(1003, 7);
    const list = customerContactKeys.list(1003, 7);
    const detail = customerContactKeys.detail(1003, 7, 42);

    expect(store.slice(0, customerContactKeys.all.length)).toEqual(customerContactKeys.all);
    expect(customer.slice(0, store.length)).toEqual(store);
    expect(list.slice(0, customer.length)).toEqual(customer);
    expect(detail.slice(0, customer.length)).toEqual(customer);
    expect(list).not.toEqual(detail.slice(0, list.length));
  });

  it('keeps the store id in every key below `all`', () => {
    expect(customerContactKeys.detail(1003, 7, 42)).not.toEqual(customerContactKeys.detail(2004, 7, 42));
    expect(customerContactKeys.list(1003, 7)).not.toEqual(customerContactKeys.list(2004, 7));
  });

  it('invalidating a customer reaches their list and details, and nobody else', async () => {
    const queryClient = createTestQueryClient();
    const entries = {
      list: customerContactKeys.list(1003, 7),
      detail: customerContactKeys.detail(1003, 7, 42),
      otherCustomer: customerContactKeys.detail(1003, 8, 42),
      otherStore: customerContactKeys.detail(2004, 7, 42),
    };
    for (const key of Object.values(entries)) queryClient.setQueryData(key, 'cached');

    await queryClient.invalidateQueries({ queryKey: customerContactKeys.customer(1003, 7) });

    const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(invalidated(entries.list)).toBe(true);
    expect(invalidated(entries.detail)).toBe(true);
    expect(invalidated(entries.otherCustomer)).toBe(false);
    expect(invalidated(entries.otherStore)).toBe(false);
    queryClient.clear();
  });

  it('invalidating a store reaches all of its customers only', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(customerContactKeys.list(1003, 7), 'cached');
    queryClient.setQueryData(customerContactKeys.list(1003, 8), 'cached');
    queryClient.setQueryData(customerContactKeys.list(2004, 7), 'cached');

    await queryClient.invalidateQueries({ queryKey: customerContactKeys.store(1003) });

    const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(invalidated(customerContactKeys.list(1003, 7))).toBe(true);
    expect(invalidated(customerContactKeys.list(1003, 8))).toBe(true);
    expect(invalidated(customerContactKeys.list(2004, 7))).toBe(false);
    queryClient.clear();
  });
});
