// yyyy-MM-dd HH:mm:ss Z (Ecwid's form, "2025-03-26 11:07:12 +0000") and its ISO 8601 cousins: "T" or a
// space between date and time, an optional fraction (milliseconds kept, any further digits dropped), the offset as Z, +hhmm or
// +hh:mm. Ranges are checked here (offsets up to ±18:00, as ISO 8601 and java.time allow), except a
// day past the month's end.
const TIMESTAMP =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(\d\d))[T ]((?:[01]\d|2[0-3])(?::[0-5]\d){2})(?:\.(\d{1,3})\d*)? ?(Z|[+-](?:0\d|1[0-8]):?[0-5]\d)$/;

/**
 * Parses Ecwid's timestamp into a Date, or null when it is not a valid one. Never throws.
 *
 * Rebuilt as the ISO 8601 form ECMAScript specifies ("2025-03-26T11:07:12.000+00:00"): Safari and
 * Firefox return NaN from Date.parse for Ecwid's space-separated form, so it is never parsed as sent.
 */
export function parseEcwidTimestamp(value: string): Date | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [, date, day, time, fraction = '', offset] = match as unknown as string[];
  // Engines differ on 30 February: V8 rolls it over to 2 March, others give NaN. Both fail this.
  return new Date(date!).getUTCDate() === +day!
    ? new Date(`${date}T${time}.${fraction.padEnd(3, '0')}${offset!.replace(/:?(\d\d)$/, ':$1')}`)
    : null;
}
