/**
 * Stable identifiers for sessions, shared by the calendar (`UID`) and JSON-LD
 * (`identifier`) exports.
 *
 * A calendar application updates an event whose UID it already has and adds
 * one it has not seen, so a UID must survive the document being edited and
 * converted again. It is therefore built from what identifies a session's slot,
 * not from its content or the file's hash (which change with any edit):
 * the source file's name, the session's date and start, and its rank among
 * sessions sharing that date and start (parallel sessions). Retitling a
 * session, changing its speakers or editing any other session keeps its UID;
 * moving it to another time gives a new event. Two different documents with the
 * same file name would share UIDs: the file name is the user's handle on "this
 * event's programme".
 */
import type { Programme } from '../model/programme.js';

export const UID_DOMAIN = 'programme-pipeline';

/** `Programme RTES 2013.docx` → `programme-rtes-2013`. */
export function sourceSlug(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, '') || base;
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'programme';
}

/**
 * One UID per session, in `programme.sessions` order, e.g.
 * `programme-rtes-2013-12-19-20131219T0930-1@programme-pipeline`
 * (an undated session gets `undated` in place of its date).
 */
export function sessionUids(programme: Programme): string[] {
  const slug = sourceSlug(programme.source.file);
  const seen = new Map<string, number>();
  return programme.sessions.map((session) => {
    const slot = `${session.date === null ? 'undated' : session.date.replaceAll('-', '')}T${session.start.replace(':', '')}`;
    const rank = (seen.get(slot) ?? 0) + 1;
    seen.set(slot, rank);
    return `${slug}-${slot}-${rank}@${UID_DOMAIN}`;
  });
}
