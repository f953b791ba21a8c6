/**
 * Word field codes in .doc text: `\x13 instructions \x14 result \x15`, or
 * `\x13 instructions \x15` when a field shows no result. Fields nest; the
 * innermost are resolved first, so a nested field's result can become part
 * of an outer field's instructions (which are then dropped) or result (kept).
 */
const INNERMOST_FIELD = /\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15/g;
/** Deeper nesting than this is damage, not a document: the markers are dropped. */
const MAX_NESTING = 32;

/** Replaces every field by its displayed result, and drops unbalanced field markers. */
export function resolveFields(text: string): string {
  if (!text.includes('\x13')) return text.replace(/[\x14\x15]/g, '');
  let current = text;
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    const next = current.replace(INNERMOST_FIELD, (_, result: string | undefined) => result ?? '');
    if (next === current) break;
    current = next;
  }
  return current.replace(/[\x13\x14\x15]/g, '');
}
