// Scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Adlam, ...).
const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\p{Script=Adlam}|\p{Script=Hanifi_Rohingya}|\p{Script=Mende_Kikakui}/u;
const LETTER = /\p{L}/u;

/**
 * The direction to display a value in, from its first letter: e-mails, URLs, handles and phone
 * numbers (no letters at all) read left to right even inside a right-to-left card, so
 * "+44 7700 900123" and "@myshop" never come out as "900123 7700 44+" and "myshop@".
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (LETTER.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}
