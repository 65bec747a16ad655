import { INVISIBLE_OR_CONTROL } from './contactHref';

const ALL_INVISIBLE_OR_CONTROL = new RegExp(INVISIBLE_OR_CONTROL.source, 'g');

/**
 * The text as a person should see it: outer whitespace trimmed, and each control, zero-width or
 * bidi character written out as `[U+202E]`, so a hostile value can neither hide nor reorder what
 * it shows, and nothing of it is lost.
 */
export function visibleText(value: string): string {
  return String(value)
    .trim()
    .replace(
      ALL_INVISIBLE_OR_CONTROL,
      (char) => `[U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}]`,
    );
}
