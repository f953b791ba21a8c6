/**
 * schema.org JSON-LD export: the programme as one `Event` with a `subEvent`
 * per session, for search engines and event directories.
 *
 * Only what the document says: a session's `endDate` is given where the
 * document wrote its end (no inferred end, unlike the calendar export), and a
 * session without a date has no `startDate`. Keys are written in a fixed
 * order and absent values are left out, so the output is byte-stable.
 */
import type { Block, Day, Organizer, Programme, Session, Speaker, Venue } from '../model/programme.js';
import { endAfterStart } from '../schedule/clock.js';
import { sessionDetails } from '../schedule/describe.js';
import { sessionUids } from '../schedule/uid.js';
import { isoWithOffset, resolveTimezone } from '../schedule/zone.js';
import type { Renderer, RenderContext } from './renderer.js';

type JsonLd = { [key: string]: string | JsonLd | JsonLd[] | undefined };

export function programmeToJsonLd(programme: Programme, context: RenderContext): JsonLd {
  const zone = resolveTimezone(context.options.timezone);
  const uids = sessionUids(programme);
  const { start, end } = eventSpan(programme, zone);
  const location = venueToPlace(programme.venue);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: programme.title ?? undefined,
    description: blocksToText(programme.description),
    inLanguage: programme.language,
    startDate: start,
    endDate: end,
    location,
    organizer: nonEmpty(programme.organizers.map(organizerToOrganization)),
    subEvent: nonEmpty(programme.sessions.map((session, index) => sessionToEvent(session, uids[index]!, zone))),
  };
}

function sessionToEvent(session: Session, uid: string, zone: string): JsonLd {
  const start = session.date === null ? null : { date: session.date, time: session.start };
  const details = sessionDetails(session);
  return {
    '@type': 'Event',
    identifier: uid,
    name: session.title,
    startDate: start ? isoWithOffset(start, zone) : undefined,
    endDate: start && session.end !== null ? isoWithOffset(endAfterStart(start, session.end), zone) : undefined,
    description: details.length > 0 ? details.join('\n') : undefined,
    performer: nonEmpty(session.speakers.map(speakerToPerson)),
  };
}

function speakerToPerson(speaker: Speaker): JsonLd {
  return {
    '@type': 'Person',
    name: speaker.name,
    affiliation: speaker.affiliation ? { '@type': 'Organization', name: speaker.affiliation } : undefined,
  };
}

function organizerToOrganization(organizer: Organizer): JsonLd {
  return { '@type': 'Organization', name: organizer.name, alternateName: organizer.acronym ?? undefined };
}

/** A `Place` with a `PostalAddress`, or nothing when the document names no place at all. */
function venueToPlace(venue: Venue | null): JsonLd | undefined {
  if (venue === null) return undefined;
  const hasAddress = venue.address !== null || venue.postalCode !== null || venue.city !== null;
  if (venue.name === null && !hasAddress) return undefined;
  return {
    '@type': 'Place',
    name: venue.name ?? undefined,
    address: hasAddress
      ? {
          '@type': 'PostalAddress',
          streetAddress: venue.address ?? undefined,
          postalCode: venue.postalCode ?? undefined,
          addressLocality: venue.city ?? undefined,
        }
      : undefined,
    // How to get there (metro exit, bus line): schema.org has no closer property.
    description: venue.access ?? undefined,
  };
}

/**
 * The whole event's start and end: from its first and last days (with their
 * hours when written, else as dates), or from the sessions' dates when the
 * document lists no days.
 */
function eventSpan(programme: Programme, zone: string): { start?: string; end?: string } {
  const days: Day[] =
    programme.days.length > 0
      ? [...programme.days].sort((a, b) => a.date.localeCompare(b.date))
      : [...new Set(programme.sessions.map((s) => s.date).filter((d): d is string => d !== null))]
          .sort()
          .map((date) => ({ date, start: null, end: null }));
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return {};
  const start = first.start !== null ? isoWithOffset({ date: first.date, time: first.start }, zone) : first.date;
  const end =
    last.end !== null
      ? isoWithOffset(last.start !== null ? endAfterStart({ date: last.date, time: last.start }, last.end) : { date: last.date, time: last.end }, zone)
      : last.date;
  return { start, end };
}

/** The prose as plain text: blocks separated by a blank line, list items and table rows one per line. */
function blocksToText(blocks: readonly Block[]): string | undefined {
  const texts = blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return block.text;
      case 'list':
        return block.items.map((item) => `- ${item}`).join('\n');
      case 'table':
        return block.rows.map((row) => row.join(' | ')).join('\n');
    }
  });
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

function nonEmpty(values: JsonLd[]): JsonLd[] | undefined {
  return values.length > 0 ? values : undefined;
}

const renderer: Renderer = {
  format: 'jsonld',
  extension: 'jsonld',
  mediaType: 'application/ld+json',
  render: (programme, context) =>
    new TextEncoder().encode(`${JSON.stringify(programmeToJsonLd(programme, context), null, 2)}\n`),
};

export default renderer;
