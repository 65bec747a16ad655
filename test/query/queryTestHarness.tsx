import { QueryClient, QueryClientProvider, type DefaultOptions } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { createEcwidClient, type EcwidClient } from '../../src/api/index';
import { EcwidProvider } from '../../src/query/index';
import type { EcwidContactJson } from '../mocks/ecwidJson';
import { MOCK_STORE_ID, mockCustomerIds, seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';

/** The ids that reach the seed contact in the mock store. */
export const SEED = {
  storeId: MOCK_STORE_ID,
  customerId: mockCustomerIds.seed,
  contactId: seedContact.id,
} as const;

/** A real client, as a host would build it; MSW answers at the network edge. */
export function createTestClient(storeId: number = SEED.storeId): EcwidClient {
  return createEcwidClient({ storeId, token: 'secret_query_layer_test' });
}

/**
 * A fresh cache per test. gcTime is infinite so entries survive unmounts within a test; the library's
 * own retry policy stays in force unless a test passes other defaults.
 */
export function createTestQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Infinity, ...queries } } });
}

export function createWrapper(queryClient: QueryClient, client?: EcwidClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        {client ? <EcwidProvider client={client}>{children}</EcwidProvider> : children}
      </QueryClientProvider>
    );
  };
}

/** A contact the mock store does not hold, shaped like the seed, for tests that answer with their own JSON. */
export function contactJson(id: number, overrides: Partial<EcwidContactJson> = {}): EcwidContactJson {
  return { ...seedContact, id, contact: `contact-${id}@example.com`, default: false, ...overrides };
}

export interface RecordedRequest {
  method: string;
  url: string;
  at: number;
}

/**
 * Records every request that reaches the network edge during each test of the calling file, whichever
 * handler answers it. Call it once at the top of a test file; it returns the live list, emptied before
 * each test.
 */
export function recordRequestsInEachTest(): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const listener = ({ request }: { request: Request }): void => {
    requests.push({ method: request.method, url: request.url, at: Date.now() });
  };
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', listener);
  });
  // The listener outlives `server.resetHandlers()`, so it goes explicitly.
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });
  return requests;
}

interface CaptureErrorsProps {
  onError: (error: unknown) => void;
  children: ReactNode;
}

/** An error boundary that hands the error to the test instead of letting it escape as an uncaught error. */
export class CaptureErrors extends Component<CaptureErrorsProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <p>Something went wrong</p> : this.props.children;
  }
}
