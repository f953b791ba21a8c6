/** Plain-text renderings of a programme's parts, shared by the exports that flatten them to strings. */
import type { Session, Speaker, Venue } from '../model/programme.js';

/** `Name (affiliation) — topic`, with the parts the document gives. */
export function speakerLine(speaker: Speaker): string {
  let line = speaker.name;
  if (speaker.affiliation) line += ` (${speaker.affiliation})`;
  if (speaker.topic) line += ` — ${speaker.topic}`;
  return line;
}

/** The speakers, one per line, then the session's other notes. */
export function sessionDetails(session: Session): string[] {
  return [...session.speakers.map(speakerLine), ...session.notes];
}

/** `Name, 93 avenue …, 94270 City`: what a map search or a reader needs, or null when nothing is known. */
export function venueLine(venue: Venue | null): string | null {
  if (venue === null) return null;
  const locality = [venue.postalCode, venue.city].filter(Boolean).join(' ');
  const parts = [venue.name, venue.address, locality].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}
