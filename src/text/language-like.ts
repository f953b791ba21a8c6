/**
 * Is a line of text language, or the junk that OCR leaves when it reads a
 * logo or a screenshot (`=1`, `B[4 | x |9 nes`)? Judged on the shape of its
 * tokens, so it works for any language written in a Latin script.
 */

/** A word: letters, with inner apostrophes or hyphens, and trailing punctuation. */
const WORD = /^[(«“"']?\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*[.,;:!?…)»”"']*$/u;
/** A number, a time, an ordinal, a postal code: neutral, neither word nor junk. */
const NUMBER = /^[(]?\d+(?:[.,:hH]\d+)*(?:er|e|ème|st|nd|rd|th|h|%)?[.,;:)]?$/u;
/** Characters that prose almost never holds and OCR of pictures often does. */
const JUNK_CHARACTER = /[|\[\]{}=<>~^_\\@#¤§¬¦]/u;

export function isLanguage(text: string): boolean {
  const tokens = text.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return false;
  let words = 0;
  let letters = 0;
  for (const token of tokens) {
    if (JUNK_CHARACTER.test(token)) return false;
    if (NUMBER.test(token)) continue;
    if (WORD.test(token) && (token.replace(/\P{L}/gu, '').length >= 2 || /^[\p{L}]$/u.test(token))) {
      words++;
      letters += token.replace(/\P{L}/gu, '').length;
    }
  }
  const scored = tokens.filter((t) => !NUMBER.test(t)).length;
  if (scored === 0) return false;
  return words / scored >= 0.75 && letters >= 3;
}

/** A short run of words without sentence punctuation: a logo's or a toolbar's text. */
export function isFragment(text: string): boolean {
  const tokens = text.trim().split(/\s+/u).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 4 && !/[.:;!?…]\s*$/u.test(text.trim());
}
