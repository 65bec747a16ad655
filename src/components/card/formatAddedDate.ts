// Building a DateTimeFormat costs about a millisecond in Chromium: a list of 1,000 cards must
// not build 1,000 of them (bench/ measured it), so one per locale tag is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

// UTC on both sides, so server and client render the same day and hydration agrees.
const OPTIONS = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;

function createFormatter(locale: string): Intl.DateTimeFormat {
  try {
    // Bare `en` means international English here: "26 Mar 2025", the day-first order the admin
    // uses. Region tags (`en-US`) keep their own order.
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, OPTIONS);
  } catch {
    // A malformed tag must not break the card: it gets the default's formatter.
    return createFormatter('en');
  }
}

function formatterFor(locale: string): Intl.DateTimeFormat {
  const cached = formatters.get(locale);
  if (cached) return cached;
  const formatter = createFormatter(locale);
  formatters.set(locale, formatter);
  return formatter;
}

/** "26 Mar 2025" in the card's locale. */
export function formatAddedDate(date: Date, locale: string): string {
  return formatterFor(locale).format(date);
}
