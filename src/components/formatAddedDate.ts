/** A creation date that can be shown: a real Date, not an Invalid Date. */
export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

// Building a DateTimeFormat costs about a millisecond in Chromium: a list of 1,000 cards must
// not build 1,000 of them (bench/ measured it), so one per locale tag is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string): Intl.DateTimeFormat {
  let cached = formatters.get(locale);
  if (cached === undefined) {
    cached = createFormatter(locale);
    formatters.set(locale, cached);
  }
  return cached;
}

function createFormatter(locale: string): Intl.DateTimeFormat {
  // Bare `en` means international English here: "26 Mar 2025", the day-first order the admin
  // uses. Region tags (`en-US`) keep their own order.
  const tag = locale === 'en' ? 'en-GB' : locale;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    // UTC on both sides, so server and client render the same day and hydration agrees.
    timeZone: 'UTC',
  };
  try {
    return new Intl.DateTimeFormat(tag, options);
  } catch {
    // A malformed tag must not break the card.
    return new Intl.DateTimeFormat('en-GB', options);
  }
}

/** "26 Mar 2025" in the card's locale. */
export function formatAddedDate(date: Date, locale: string): string {
  return formatter(locale).format(date);
}
