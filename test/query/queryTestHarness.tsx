import { QueryClient, QueryClientProvider, type DefaultOptions } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { createEcwidClient, type EcwidClient } from '../../src/api/index';
import { EcwidProvider } from '../../src/query/index';
import type { EcwidContactJson } from '../mocks/ecwidJson';
import { server } from '../mocks/server';

export const CONTACT_DETAIL_URL =
  'https://app.ecwid.com/api/v3/:storeId/customers/:customerId/contacts/:contactId';
export const CONTACT_LIST_URL = 'https://app.ecwid.com/api/v3/:storeId/customers/:customerId/contacts';

export const SEED = { storeId: 1003, customerId: 177737165, contactId: 113861381 } as const;

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

export function contactJson(id: number, overrides: Partial<EcwidContactJson> = {}): EcwidContactJson {
  return {
    id,
    contact: `contact-${id}@example.com`,
    type: 'EMAIL',
    default: false,
    orderBy: 0,
    timestamp: '2025-03-26 11:07:12 +0000',
    ...overrides,
  };
}

export interface RecordedRequest {
  url: string;
  at: number;
}

/**
 * Every request that reaches the network edge while the recorder runs, whichever handler answers it.
 * Call `stop()` after the test (the listener outlives `server.resetHandlers()`).
 */
export function recordRequests(): { requests: RecordedRequest[]; stop: () => void } {
  const requests: RecordedRequest[] = [];
  const listener = ({ request }: { request: Request }): void => {
    requests.push({ url: request.url, at: Date.now() });
  };
  server.events.on('request:start', listener);
  return { requests, stop: () => server.events.removeListener('request:start', listener) };
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
