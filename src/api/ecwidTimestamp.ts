// yyyy-MM-dd HH:mm:ss Z (Ecwid's form, "2025-03-26 11:07:12 +0000") and its ISO 8601 cousins:
// "T" or a space between date and time, optional fraction, offset as Z, +hhmm or +hh:mm.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? ?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

// ISO 8601 allows offsets up to ±18:00 (java.time does too); real zones stay within -12..+14.
const MAX_OFFSET_HOURS = 18;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses Ecwid's timestamp into a Date, or null when it is not a valid one. Never throws.
 *
 * Built from the parts with Date.UTC: Safari and Firefox return NaN from Date.parse for Ecwid's
 * space-separated form, so Date.parse is never trusted with it.
 */
export function parseEcwidTimestamp(value: string): Date | null {
  if (typeof value !== 'string') return null;
  const match = TIMESTAMP.exec(value.trim());
  if (match === null) return null;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zulu, sign] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  const millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const offsetHours = zulu === undefined ? Number(match[10]) : 0;
  const offsetMinutes = zulu === undefined ? Number(match[11]) : 0;

  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (offsetHours > MAX_OFFSET_HOURS || offsetMinutes > 59) return null;

  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  // Date.UTC maps years 0–99 to 1900–1999.
  if (year < 100) utc.setUTCFullYear(year);
  const offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const time = utc.getTime() - offsetMs;
  return Number.isNaN(time) ? null : new Date(time);
}
