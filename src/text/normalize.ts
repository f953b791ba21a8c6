/** White-space rules of the contract: runs of white space collapse to one, ends trimmed. */

/** Collapses runs of white space, keeping a single no-break space where one was written. */
export function collapseSpace(text: string): string {
  return text
    .replace(/[\t\n\r\f\v ]*[\u00a0\u202f][\t\n\r\f\v \u00a0\u202f]*/g, (run) => (run.includes('\u202f') ? '\u202f' : '\u00a0'))
    .replace(/[\t\n\r\f\v \u2000-\u200b\u2028\u2029\u205f\u3000]+/g, ' ')
    .trim()
    .replace(/^[\u00a0\u202f]+|[\u00a0\u202f]+$/g, '');
}

/** Letters of a string, lower-cased and without accents, for comparisons. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "(sortie métro Pont-Neuf)" → "sortie métro Pont-Neuf": brackets around the whole text dropped, ends trimmed. */
export function withoutOuterBrackets(text: string): string {
  return text.trim().replace(/^\((.*)\)$/u, '$1').trim();
}
