// @vitest-environment node
import { EcwidApiError, ecwidRetryDelay, shouldRetryEcwidError, type EcwidApiErrorKind } from '../../src/api';

const error = (kind: EcwidApiErrorKind, retryAfterMs?: number): EcwidApiError =>
  new EcwidApiError(kind, kind, retryAfterMs === undefined ? {} : { retryAfterMs });

/** How many retries the policy allows, counting failures the way React Query does (from 0). */
function retriesAllowed(failure: unknown): number {
  let failureCount = 0;
  while (shouldRetryEcwidError(failureCount, failure) && failureCount < 100) failureCount += 1;
  return failureCount;
}

describe('shouldRetryEcwidError', () => {
  test.each(['server', 'network', 'timeout'] as const)('%s retries at most 3 times', (kind) => {
    expect(retriesAllowed(error(kind))).toBe(3);
  });

  test('429 retries at most twice, with or without Retry-After', () => {
    expect(retriesAllowed(error('rate-limited'))).toBe(2);
    expect(retriesAllowed(error('rate-limited', 5000))).toBe(2);
    expect(retriesAllowed(error('rate-limited', 60_000))).toBe(2);
  });

  test('429 gives up when Retry-After asks for more than 60 s', () => {
    expect(shouldRetryEcwidError(0, error('rate-limited', 60_001))).toBe(false);
  });

  test.each([
    'invalid-token',
    'missing-scope',
    'forbidden',
    'not-found',
    'bad-request',
    'payment-required',
    'aborted',
    'invalid-response',
    'invalid-argument',
  ] as const)('%s never retries', (kind) => {
    expect(shouldRetryEcwidError(0, error(kind))).toBe(false);
  });

  test('errors from outside the library never retry', () => {
    expect(shouldRetryEcwidError(0, new Error('bug'))).toBe(false);
    expect(shouldRetryEcwidError(0, 'string')).toBe(false);
    expect(shouldRetryEcwidError(0, undefined)).toBe(false);
  });
});

describe('ecwidRetryDelay', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('429 waits Retry-After, and 10 s when it was absent', () => {
    expect(ecwidRetryDelay(0, error('rate-limited', 7000))).toBe(7000);
    expect(ecwidRetryDelay(1, error('rate-limited', 0))).toBe(0);
    expect(ecwidRetryDelay(0, error('rate-limited'))).toBe(10_000);
  });

  test('backs off exponentially from 1 s, capped at 30 s, between half and all of each step', () => {
    const steps = [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000];
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(steps.map((_, attempt) => ecwidRetryDelay(attempt, error('server')))).toEqual(
      steps.map((step) => step / 2),
    );
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999_9);
    expect(steps.map((_, attempt) => ecwidRetryDelay(attempt, error('network')))).toEqual(steps);
  });

  test('jitter spreads retries of the same attempt', () => {
    const delays = new Set(Array.from({ length: 20 }, () => ecwidRetryDelay(2, error('timeout'))));
    expect(delays.size).toBeGreaterThan(1);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(4000);
    }
  });

  test('odd attempts stay within the first and last step', () => {
    for (const attempt of [-1, Number.NaN, 1e9, Number.POSITIVE_INFINITY]) {
      const delay = ecwidRetryDelay(attempt, error('server'));
      expect(delay).toBeGreaterThanOrEqual(500);
      expect(delay).toBeLessThanOrEqual(30_000);
    }
  });
});
