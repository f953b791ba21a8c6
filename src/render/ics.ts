/**
 * iCalendar (RFC 5545) export: one VEVENT per dated session, in the chosen
 * time zone with its VTIMEZONE. ical-generator does the escaping, the CRLF
 * line ends and the folding at 75 octets; `@touch4it/ical-timezones` provides
 * the VTIMEZONE blocks; luxon places wall-clock times in the zone.
 *
 * Choices:
 * - Ends the document does not give are inferred (`src/schedule/ends.ts`:
 *   next session's start, else the day's end, else one hour), here only: the
 *   JSON keeps `end: null`.
 * - UIDs are stable across re-imports (`src/schedule/uid.ts`).
 * - DTSTAMP is `context.sourceDate`, so the same input gives the same bytes;
 *   SEQUENCE is that date in minutes since 1970, so that a document saved
 *   later (edited) supersedes the events an earlier export created.
 * - A session without a date cannot be put in a calendar: it gets no event,
 *   and the calendar lists it in an `X-PROGRAMME-UNDATED-SESSION` property
 *   (ignored by calendar applications, visible to whoever looks), since a
 *   renderer has no warnings channel.
 * - A zone with no VTIMEZONE available is written in UTC (`…Z`), which needs none.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import icalGenerator, { escape } from 'ical-generator';
import type { Programme } from '../model/programme.js';
import { datedSessions } from '../schedule/ends.js';
import { sessionDetails, venueLine } from '../schedule/describe.js';
import { sessionUids, UID_DOMAIN } from '../schedule/uid.js';
import { resolveTimezone, zoned } from '../schedule/zone.js';
import type { Renderer, RenderContext } from './renderer.js';

export function renderIcs(programme: Programme, context: RenderContext): string {
  const zone = resolveTimezone(context.options.timezone);
  const vtimezone = getVtimezoneComponent(zone);
  // Named zones only when their VTIMEZONE can be included; UTC otherwise.
  const eventZone = vtimezone ? zone : null;
  const calendar = icalGenerator({
    prodId: { company: UID_DOMAIN, product: 'programme', language: programme.language.toUpperCase() },
    // No calendar-level name: with one, ical-generator would write DTSTAMP in
    // local time instead of UTC. The events carry the zone; the generator
    // emits one VTIMEZONE per zone they use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  // ical-generator writes NAME/X-WR-CALNAME unescaped: escape here.
  if (programme.title) calendar.name(escape(programme.title, false));

  const uids = sessionUids(programme);
  const sequence = Math.max(0, Math.floor(context.sourceDate.getTime() / 60_000));
  const location = venueLine(programme.venue);
  for (const { session, index, start, end } of datedSessions(programme)) {
    const details = sessionDetails(session);
    calendar.createEvent({
      id: uids[index]!,
      sequence,
      stamp: context.sourceDate,
      start: zoned(start, zone),
      end: zoned(end, zone),
      timezone: eventZone,
      summary: session.title,
      description: details.length > 0 ? details.join('\n') : null,
      location,
    });
  }
  const undated = programme.sessions.filter((session) => session.date === null);
  calendar.x(undated.map((session): [string, string] => ['X-PROGRAMME-UNDATED-SESSION', `${session.start} ${session.title}`]));
  return calendar.toString() + '\r\n';
}

const renderer: Renderer = {
  format: 'ics',
  extension: 'ics',
  mediaType: 'text/calendar; charset=utf-8',
  render: (programme, context) => new TextEncoder().encode(renderIcs(programme, context)),
};

export default renderer;
