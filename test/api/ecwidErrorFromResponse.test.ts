// @vitest-environment node
import { ecwidErrorFromResponse } from '../../src/api/ecwidErrorFromResponse';
import { parseRetryAfter } from '../../src/api/retryAfter';

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 2, 26, 11, 7, 12);

  test.each([
    ['7', 7000],
    ['0', 0],
    [' 12 ', 12_000],
    ['1.5', 1500],
    ['Wed, 26 Mar 2025 11:07:42 GMT', 30_000],
    ['Wed, 26 Mar 2025 11:00:00 GMT', 0],
  ])('%j is %d ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  test.each([null, '', 'soon', '-5', '5 apples', '2025-03-26'])('%j is undefined', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe('ecwidErrorFromResponse', () => {
  const response = (status: number, statusText = '', headers: Record<string, string> = {}) => ({
    status,
    statusText,
    headers: new Headers(headers),
  });

  test.each([
    [401, 'invalid-token'],
    [405, 'bad-request'],
    [408, 'timeout'],
    [409, 'bad-request'],
    [504, 'server'],
    [302, 'invalid-response'],
  ])('%d is %s', (status, kind) => {
    expect(ecwidErrorFromResponse(response(status, 'Status'), '')).toMatchObject({ kind, status });
  });

  test('a 429 with an HTTP-date Retry-After gets retryAfterMs', () => {
    const inTenSeconds = new Date(Math.ceil(Date.now() / 1000) * 1000 + 10_000).toUTCString();
    const error = ecwidErrorFromResponse(response(429, '', { 'Retry-After': inTenSeconds }), '');
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBeGreaterThan(8000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(11_000);
  });

  test('an empty body without a status text still names the status', () => {
    expect(ecwidErrorFromResponse(response(500), '').message).toMatch(/^Ecwid API 500\. /);
  });

  test('ignores an errorCode that is not an Ecwid code and truncates long messages', () => {
    const error = ecwidErrorFromResponse(
      response(400),
      JSON.stringify({ errorMessage: 'x'.repeat(5000), errorCode: '<img src=x>' }),
    );
    expect(error.code).toBeUndefined();
    expect(error.message.length).toBeLessThan(500);
  });

  test('toJSON lists only the safe fields', () => {
    const error = ecwidErrorFromResponse(
      response(429, '', { 'Retry-After': '3' }),
      JSON.stringify({ errorMessage: 'Slow down', errorCode: 'RATE_LIMITED' }),
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'EcwidApiError',
      kind: 'rate-limited',
      message: error.message,
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterMs: 3000,
    });
  });
});
