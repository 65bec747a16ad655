// @vitest-environment node
import fc from 'fast-check';
import { parseEcwidTimestamp } from '../../src/api';

describe('parseEcwidTimestamp', () => {
  test.each([
    ['2025-03-26 11:07:12 +0000', '2025-03-26T11:07:12.000Z'],
    ['2025-03-26 11:07:12 +0400', '2025-03-26T07:07:12.000Z'],
    ['2025-03-26 11:07:12 -0530', '2025-03-26T16:37:12.000Z'],
    ['2025-03-26 11:07:12 +00:00', '2025-03-26T11:07:12.000Z'],
    ['2025-03-26 11:07:12+0000', '2025-03-26T11:07:12.000Z'],
    ['2025-03-26T11:07:12+00:00', '2025-03-26T11:07:12.000Z'],
    ['2025-03-26T11:07:12Z', '2025-03-26T11:07:12.000Z'],
    ['2025-03-26T11:07:12.345Z', '2025-03-26T11:07:12.345Z'],
    ['2025-03-26T11:07:12.5-01:00', '2025-03-26T12:07:12.500Z'],
    ['2025-03-26T11:07:12.123456789012Z', '2025-03-26T11:07:12.123Z'],
    ['2024-02-29 00:00:00 +0000', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29 23:59:59 +0000', '2000-02-29T23:59:59.000Z'],
    ['2025-01-01 00:30:00 +0100', '2024-12-31T23:30:00.000Z'],
    ['0099-06-15 12:00:00 +0000', '0099-06-15T12:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseEcwidTimestamp(text)?.toISOString()).toBe(iso);
  });

  // ISO 8601 profiles and java.time stop at ±18:00; the parser accepts exactly that range.
  test.each([
    ['2025-03-26 11:07:12 +1800', '2025-03-25T17:07:12.000Z'],
    ['2025-03-26 11:07:12 -18:00', '2025-03-27T05:07:12.000Z'],
    ['2025-03-26 11:07:12 +1759', '2025-03-25T17:08:12.000Z'],
  ])('the offset boundary %s is accepted as %s', (text, iso) => {
    expect(parseEcwidTimestamp(text)?.toISOString()).toBe(iso);
  });

  test.each(['2025-03-26 11:07:12 +1801', '2025-03-26 11:07:12 -18:59', '2025-03-26 11:07:12 +19:00'])(
    'an offset past ±18:00 (%s) is null',
    (text) => {
      expect(parseEcwidTimestamp(text)).toBeNull();
    },
  );

  test('does not rely on Date.parse for the space-separated form', () => {
    const spy = vi.spyOn(Date, 'parse').mockReturnValue(Number.NaN);
    try {
      expect(parseEcwidTimestamp('2025-03-26 11:07:12 +0000')?.toISOString()).toBe(
        '2025-03-26T11:07:12.000Z',
      );
    } finally {
      spy.mockRestore();
    }
  });

  test.each([
    '',
    'garbage',
    '2025-03-26',
    '2025-03-26 11:07:12',
    '2025-13-01 00:00:00 +0000',
    '2025-00-01 00:00:00 +0000',
    '2025-02-29 00:00:00 +0000',
    '1900-02-29 00:00:00 +0000',
    '2025-04-31 00:00:00 +0000',
    '2025-03-00 00:00:00 +0000',
    '2025-03-26 24:00:00 +0000',
    '2025-03-26 11:60:00 +0000',
    '2025-03-26 11:07:60 +0000',
    '2025-03-26 11:07:12 +1900',
    '2025-03-26 11:07:12 +0060',
    '2025-03-26 11:07:12 0000',
    '25-03-26 11:07:12 +0000',
    '2025-3-26 11:07:12 +0000',
    '2025-03-26 11:07:12 +0000 extra',
    '2025-03-26  11:07:12 +0000',
  ])('%j is null', (text) => {
    expect(parseEcwidTimestamp(text)).toBeNull();
  });

  test('a non-string is null rather than a throw', () => {
    expect(parseEcwidTimestamp(20250326 as unknown as string)).toBeNull();
    expect(parseEcwidTimestamp(null as unknown as string)).toBeNull();
  });

  test('arbitrary strings never throw and give a valid Date or null', () => {
    const nearTimestamp = fc
      .tuple(
        fc.stringMatching(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$/),
        fc.constantFrom('', ' ', 'Z', ' Z'),
        fc.stringMatching(/^[+-]\d{2}:?\d{2}$/),
      )
      .map(([dateTime, separator, offset]) =>
        separator.includes('Z') ? dateTime + separator : dateTime + separator + offset,
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), nearTimestamp), (text) => {
        const result = parseEcwidTimestamp(text);
        if (result !== null) expect(Number.isNaN(result.getTime())).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  const pad = (value: number, length = 2): string => String(Math.abs(value)).padStart(length, '0');

  test('valid timestamps round-trip in every offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.boolean(),
        (date, offsetMinutes, colon) => {
          const instant = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const local = new Date(instant.getTime() + offsetMinutes * 60_000);
          if (local.getUTCFullYear() < 0 || local.getUTCFullYear() > 9999) return;
          const sign = offsetMinutes < 0 ? '-' : '+';
          const offset = `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}${colon ? ':' : ''}${pad(Math.abs(offsetMinutes) % 60)}`;
          const text =
            `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
            `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${offset}`;
          expect(parseEcwidTimestamp(text)?.getTime()).toBe(instant.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
