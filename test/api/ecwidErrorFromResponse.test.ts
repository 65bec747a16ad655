// @vitest-environment node
import { ecwidErrorFromResponse, parseRetryAfter } from '../../src/api/ecwidErrorFromResponse';

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
    expect(ecwidErrorFromResponse(response(status, 'Status'), undefined)).toMatchObject({ kind, status });
  });

  test.each([
    ['7', 7000],
    ['0', 0],
    [' 12 ', 12_000],
    ['1.5', 1500],
  ])('Retry-After %j is %d ms', (header, ms) => {
    const error = ecwidErrorFromResponse(response(429, '', { 'Retry-After': header }), undefined);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: ms });
  });

  // The HTTP-date form is not read: Ecwid sends seconds, and the retry policy then waits 10 s.
  test.each([
    '',
    'soon',
    '-5',
    '5 apples',
    '2025-03-26',
    'Wed, 26 Mar 2025 11:07:42 GMT',
    '1e3',
    '9'.repeat(400),
  ])('Retry-After %j is left out', (header) => {
    const error = ecwidErrorFromResponse(response(429, '', { 'Retry-After': header }), undefined);
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.message).toContain('429');
  });

  test('parseRetryAfter reads delta-seconds, and nothing from a missing header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('\t3 ')).toBe(3000);
    expect(parseRetryAfter('0.25')).toBe(250);
    expect(parseRetryAfter('null')).toBeUndefined();
  });

  test('a 503 keeps its Retry-After too', () => {
    expect(ecwidErrorFromResponse(response(503, '', { 'Retry-After': '30' }), undefined)).toMatchObject({
      kind: 'server',
      retryAfterMs: 30_000,
    });
  });

  test('an errorCode that is only digits cannot pass for a status', () => {
    const error = ecwidErrorFromResponse(response(500), { errorCode: '404' });
    expect(error).toMatchObject({ kind: 'server', code: undefined });
  });

  test.each([
    ['INVALID_API_TOKEN', 'invalid-token'],
    ['INSUFFICIENT_APP_SCOPE', 'missing-scope'],
    ['OTHER_CODE', 'forbidden'],
  ])('a 403 with %s is %s', (errorCode, kind) => {
    const error = ecwidErrorFromResponse(response(403), { errorMessage: 'No', errorCode });
    expect(error).toMatchObject({ kind, code: errorCode });
  });

  // undefined is a body that was not JSON, such as a proxy's HTML page.
  test.each([
    null,
    5,
    'text',
    [],
    undefined,
    { errorMessage: 7, errorCode: ['INVALID_API_TOKEN'] },
    { errorMessage: '' },
  ])('a body %j without Ecwid fields gives the status and the status text', (body) => {
    const error = ecwidErrorFromResponse(response(403, 'Status text here'), body);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, code: undefined });
    expect(error.message).toContain('403');
    expect(error.message).toContain('Status text here');
  });

  test('the token is redacted wherever the body echoes it', () => {
    const body = { errorMessage: 'secret_x is bad; secret_x again' };
    const { message } = ecwidErrorFromResponse(response(403), body, ['secret_x']);
    expect(message).not.toContain('secret_x');
    expect(message.match(/\[redacted\]/g)).toHaveLength(2);
  });

  test('an empty body without a status text still names the status', () => {
    expect(ecwidErrorFromResponse(response(500), undefined).message).toContain('500');
  });

  test('ignores an errorCode that is not an Ecwid code and truncates long messages', () => {
    const error = ecwidErrorFromResponse(response(400), {
      errorMessage: 'x'.repeat(5000),
      errorCode: '<img src=x>',
    });
    expect(error.code).toBeUndefined();
    expect(error.message).not.toContain('<img');
    expect(error.message).toContain('x'.repeat(300));
    expect(error.message).not.toContain('x'.repeat(301));
  });

  test('JSON.stringify lists only the safe fields, without the message', () => {
    const error = ecwidErrorFromResponse(response(429, '', { 'Retry-After': '3' }), {
      errorMessage: 'Slow down',
      errorCode: 'RATE_LIMITED',
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'EcwidApiError',
      kind: 'rate-limited',
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterMs: 3000,
    });
  });
});
