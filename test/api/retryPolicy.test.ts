// @vitest-environment node
import {
  EcwidApiError,
  ecwidRetryDelay,
  shouldRetryEcwidError,
  shouldRetryEcwidWrite,
  type EcwidApiErrorKind,
  type EcwidWriteMethod,
} from '../../src/api';

const error = (kind: EcwidApiErrorKind, retryAfterMs?: number): EcwidApiError =>
  new EcwidApiError(kind, kind, retryAfterMs === undefined ? {} : { retryAfterMs });

type RetryPolicy = (failureCount: number, error: unknown) => boolean;

/** How many retries a policy allows, counting failures the way React Query does (from 0). */
function retriesAllowed(failure: unknown, shouldRetry: RetryPolicy = shouldRetryEcwidError): number {
  let failureCount = 0;
  while (shouldRetry(failureCount, failure) && failureCount < 100) failureCount += 1;
  return failureCount;
}

const FINAL_KINDS = [
  'invalid-token',
  'missing-scope',
  'forbidden',
  'not-found',
  'bad-request',
  'payment-required',
  'aborted',
  'invalid-response',
  'invalid-argument',
  'not-applied',
] as const;
const WRITE_METHODS: readonly EcwidWriteMethod[] = ['POST', 'PUT', 'DELETE'];

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

  test.each(FINAL_KINDS)('%s never retries', (kind) => {
    expect(shouldRetryEcwidError(0, error(kind))).toBe(false);
  });

  test('a kind this copy does not know (another copy of the library) never retries', () => {
    const foreign = Object.assign(new Error('x'), { name: 'EcwidApiError', kind: 'from-the-future' });
    expect(shouldRetryEcwidError(0, foreign)).toBe(false);
    expect(shouldRetryEcwidWrite('PUT')(0, foreign)).toBe(false);
  });

  test('errors from outside the library never retry', () => {
    expect(shouldRetryEcwidError(0, new Error('bug'))).toBe(false);
    expect(shouldRetryEcwidError(0, 'string')).toBe(false);
    expect(shouldRetryEcwidError(0, undefined)).toBe(false);
  });
});

describe('shouldRetryEcwidWrite', () => {
  test.each(WRITE_METHODS)(
    '%s: a 429 retries at most twice, as reads do, and not past a 60 s Retry-After',
    (method) => {
      const shouldRetry = shouldRetryEcwidWrite(method);
      expect(retriesAllowed(error('rate-limited'), shouldRetry)).toBe(2);
      expect(retriesAllowed(error('rate-limited', 60_000), shouldRetry)).toBe(2);
      expect(shouldRetry(0, error('rate-limited', 60_001))).toBe(false);
    },
  );

  test.each(['server', 'network', 'timeout'] as const)(
    'after %s: PUT and DELETE retry at most 3 times, POST never (it may have been applied)',
    (kind) => {
      expect(retriesAllowed(error(kind), shouldRetryEcwidWrite('PUT'))).toBe(3);
      expect(retriesAllowed(error(kind), shouldRetryEcwidWrite('DELETE'))).toBe(3);
      expect(retriesAllowed(error(kind), shouldRetryEcwidWrite('POST'))).toBe(0);
    },
  );

  test.each(FINAL_KINDS)('%s never retries a write', (kind) => {
    for (const method of WRITE_METHODS) expect(shouldRetryEcwidWrite(method)(0, error(kind))).toBe(false);
  });

  test('errors from outside the library never retry a write', () => {
    expect(shouldRetryEcwidWrite('DELETE')(0, new Error('bug'))).toBe(false);
    expect(shouldRetryEcwidWrite('PUT')(0, undefined)).toBe(false);
  });

  test('a method that is not a write is invalid-argument when the policy is made', () => {
    expect(() => shouldRetryEcwidWrite('GET' as EcwidWriteMethod)).toThrow(
      expect.objectContaining({ kind: 'invalid-argument', message: expect.stringContaining('method') }),
    );
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
