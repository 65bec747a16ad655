// Ecwid's "2025-03-26 11:07:12 +0000" and its ISO 8601 cousins: "T" or a space, an optional fraction
// (milliseconds kept), the offset as Z, +hhmm or +hh:mm. Ranges are checked after the match.
const TIMESTAMP =
  /^(?<date>\d{4}-\d\d-\d\d)[T ](?<time>\d\d:\d\d:\d\d)(?:\.(?<milliseconds>\d{1,3})\d*)? ?(?:(?<utc>Z)|(?<sign>[+-])(?<offsetHours>\d\d):?(?<offsetMinutes>[0-5]\d))$/;

/** ±18:00, the widest offset ISO 8601 profiles and java.time (Ecwid's platform) allow. */
const MAX_OFFSET_MINUTES = 18 * 60;

/**
 * True when `dateTime` ("2025-03-26T11:07:12") names a real date and time. Engines differ on a month 13,
 * a 24:00 or a 30 February (some roll them over, others give an invalid Date): either way the text read
 * back differs.
 */
function isRealDateTime(dateTime: string): boolean {
  const asUtc = new Date(`${dateTime}Z`);
  return !Number.isNaN(asUtc.getTime()) && asUtc.toISOString().startsWith(dateTime);
}

/**
 * Parses Ecwid's timestamp into a Date, or null when it is not a valid one. Never throws.
 *
 * Rebuilt as the ISO 8601 form ECMAScript specifies ("2025-03-26T11:07:12.000+00:00"): Safari and
 * Firefox return NaN from Date.parse for Ecwid's space-separated form, so it is never parsed as sent.
 */
export function parseEcwidTimestamp(value: string): Date | null {
  if (typeof value !== 'string') return null;
  const groups = TIMESTAMP.exec(value)?.groups;
  if (!groups) return null;
  const { date, time, milliseconds = '', utc, sign, offsetHours, offsetMinutes } = groups;
  const dateTime = `${date}T${time}`;
  if (!isRealDateTime(dateTime)) return null;
  const fraction = milliseconds.padEnd(3, '0');
  if (utc) return new Date(`${dateTime}.${fraction}Z`);
  if (Number(offsetHours) * 60 + Number(offsetMinutes) > MAX_OFFSET_MINUTES) return null;
  return new Date(`${dateTime}.${fraction}${sign}${offsetHours}:${offsetMinutes}`);
}
