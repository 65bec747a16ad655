// @vitest-environment node
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import {
  EcwidApiError,
  ecwidRetryDelay,
  shouldRetryEcwidError,
  shouldRetryEcwidWrite,
  type EcwidWriteMethod,
} from '../../src/api';

// Proves the failure-count convention documented in retryPolicy.ts against the installed React Query (query-core 5.108.4).
describe('the retry policy inside React Query', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function run(
    error: EcwidApiError,
  ): Promise<{ attempts: number; retryCounts: number[]; delayCounts: number[] }> {
    const retryCounts: number[] = [];
    const delayCounts: number[] = [];
    let attempts = 0;
    const queryClient = new QueryClient();
    const settled = queryClient
      .fetchQuery({
        queryKey: ['policy', error.kind],
        queryFn: () => {
          attempts += 1;
          return Promise.reject(error);
        },
        retry: (failureCount, failure) => {
          retryCounts.push(failureCount);
          return shouldRetryEcwidError(failureCount, failure);
        },
        retryDelay: (failureCount, failure) => {
          delayCounts.push(failureCount);
          return ecwidRetryDelay(failureCount, failure);
        },
      })
      .catch(() => undefined);
    await vi.runAllTimersAsync();
    await settled;
    queryClient.clear();
    return { attempts, retryCounts, delayCounts };
  }

  test('a 5xx is tried 4 times; retry and retryDelay both get 0, 1, 2, 3', async () => {
    const result = await run(new EcwidApiError('server', 'down', { status: 500 }));
    expect(result.attempts).toBe(4);
    expect(result.retryCounts).toEqual([0, 1, 2, 3]);
    expect(result.delayCounts).toEqual([0, 1, 2, 3]);
  });

  test('a 429 is tried 3 times', async () => {
    const result = await run(
      new EcwidApiError('rate-limited', 'slow down', { status: 429, retryAfterMs: 1000 }),
    );
    expect(result.attempts).toBe(3);
  });

  test('a 404 is tried once', async () => {
    const result = await run(new EcwidApiError('not-found', 'gone', { status: 404 }));
    expect(result.attempts).toBe(1);
  });
});

describe('the write retry policy inside a React Query mutation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function attempts(method: EcwidWriteMethod, error: EcwidApiError): Promise<number> {
    let tries = 0;
    const queryClient = new QueryClient();
    const observer = new MutationObserver(queryClient, {
      mutationFn: () => {
        tries += 1;
        return Promise.reject(error);
      },
      retry: shouldRetryEcwidWrite(method),
      retryDelay: ecwidRetryDelay,
    });
    const settled = observer.mutate().catch(() => undefined);
    await vi.runAllTimersAsync();
    await settled;
    queryClient.clear();
    return tries;
  }

  test('a PUT or DELETE after a 5xx is tried 4 times; a POST once', async () => {
    const serverError = new EcwidApiError('server', 'down', { status: 500 });
    expect(await attempts('PUT', serverError)).toBe(4);
    expect(await attempts('DELETE', serverError)).toBe(4);
    expect(await attempts('POST', serverError)).toBe(1);
  });

  test('a POST after a 429 is tried 3 times', async () => {
    const rateLimited = new EcwidApiError('rate-limited', 'slow down', { status: 429, retryAfterMs: 1000 });
    expect(await attempts('POST', rateLimited)).toBe(3);
  });
});
