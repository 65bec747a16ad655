import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EcwidProvider, useEcwidClient } from '../../src/query/index';
import { createTestClient } from './queryTestHarness';

describe('EcwidProvider and useEcwidClient', () => {
  it("hands the provider's client to the hooks below it", () => {
    const client = createTestClient();
    const { result } = renderHook(() => useEcwidClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <EcwidProvider client={client}>{children}</EcwidProvider>
      ),
    });

    expect(result.current).toBe(client);
  });

  it("prefers a client passed to the hook over the provider's", () => {
    const provided = createTestClient(1003);
    const passed = createTestClient(2004);
    const { result } = renderHook(() => useEcwidClient(passed), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <EcwidProvider client={provided}>{children}</EcwidProvider>
      ),
    });

    expect(result.current).toBe(passed);
  });

  it('works without a provider when a client is passed', () => {
    const passed = createTestClient();
    const { result } = renderHook(() => useEcwidClient(passed));

    expect(result.current).toBe(passed);
  });
});
