/**
 * The text as a person should see it: outer whitespace trimmed, and each control or format
 * character (zero-width, bidi marks, embeddings, overrides and isolates, the BOM, ...) written
 * out as `[U+202E]`, so a hostile value can neither hide nor reorder what it shows, and nothing
 * of it is lost.
 */
export function visibleText(value: string): string {
  return String(value)
    .trim()
    .replace(
      /[\p{Cc}\p{Cf}]/gu,
      (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
    );
}
