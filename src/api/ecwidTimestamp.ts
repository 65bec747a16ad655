// yyyy-MM-dd HH:mm:ss Z (Ecwid's form, "2025-03-26 11:07:12 +0000") and its ISO 8601 cousins: "T" or a
// space between date and time, an optional fraction (milliseconds kept, further digits dropped), the
// offset as Z, +hhmm or +hh:mm, up to ±18:00 as ISO 8601 and java.time allow. The date and time ranges
// are checked by a round trip below.
const TIMESTAMP =
  /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:\.(\d{1,3})\d*)? ?(Z|[+-](?:0\d|1[0-8]):?[0-5]\d)$/;

/**
 * Parses Ecwid's timestamp into a Date, or null when it is not a valid one. Never throws.
 *
 * Rebuilt as the ISO 8601 form ECMAScript specifies ("2025-03-26T11:07:12.000+00:00"): Safari and
 * Firefox return NaN from Date.parse for Ecwid's space-separated form, so it is never parsed as sent.
 */
export function parseEcwidTimestamp(value: string): Date | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [, date, time, fraction = '', offset] = match as unknown as string[];
  const dateTime = `${date}T${time}`;
  // Engines differ on a month 13, a 24:00 or a 30 February: some roll them over (to the next year, day
  // or month), others give an invalid Date, whose toJSON() is null. Either way the round trip fails.
  return new Date(`${dateTime}Z`).toJSON()?.startsWith(dateTime)
    ? new Date(`${dateTime}.${fraction.padEnd(3, '0')}${offset!.replace(/:?(\d\d)$/, ':$1')}`)
    : null;
}
