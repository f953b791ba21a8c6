import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/model/programme.js';
import renderer, { renderIcs } from '../../src/render/ics.js';
import { InputError } from '../../src/read/reader.js';
import { context, multiDayProgramme, seedProgramme, sparseProgramme } from './export-programmes.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  startTzid: string | null;
  start: string;
  end: string;
}

/** Parses with ical.js, registering the file's own VTIMEZONEs so TZID times resolve to instants. */
function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      startTzid: typeof tzid === 'string' ? tzid : null,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  return { calendar, events };
}

const utf8 = new TextEncoder();

describe('ics renderer', () => {
  it('writes one event per session of the seed, in Europe/Paris with its VTIMEZONE', () => {
    const programme = seedProgramme();
    const text = renderIcs(programme, context());
    const { calendar, events } = parse(text);

    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Paris',
    ]);
    expect(events.map((event) => event.summary)).toEqual(programme.sessions.map((session) => session.title));
    expect(events.every((event) => event.startTzid === 'Europe/Paris')).toBe(true);
    for (const event of events) {
      expect(event.location).toBe('Idéal Connaissances, 93 avenue de Fontainebleau, 94270 Kremlin Bicêtre');
    }
    // December in Paris is UTC+1. Written ends are kept; missing ones are inferred.
    const times = events.map((event) => [event.start, event.end]);
    expect(times[0]).toEqual(['2013-12-19T08:00:00.000Z', '2013-12-19T08:30:00.000Z']); // next session (09:30)
    expect(times[1]).toEqual(['2013-12-19T08:30:00.000Z', '2013-12-19T08:50:00.000Z']); // written 09:50
    expect(times[5]).toEqual(['2013-12-19T11:30:00.000Z', '2013-12-19T13:00:00.000Z']); // lunch until 14:00
    expect(times[10]).toEqual(['2013-12-19T15:30:00.000Z', '2013-12-19T15:45:00.000Z']); // day's end 16:45
    for (const [start, end] of times) expect(end! > start!).toBe(true);

    expect(events[3]!.description).toBe(
      'Marie-Thérèse Gansoinat Ravaine — intérêt d’une démarche de PTCE pour une collectivité\n' +
        'Aurélie Marand — les modalités d’inscription dans la politique régionale',
    );
    expect(events[1]!.description).toBe('Henri Arévalo (vice-président du RTES)');
    expect(events[0]!.description).toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(programme.title);
  });

  it('stamps every event with the source date, in UTC', () => {
    const text = renderIcs(seedProgramme(), context());
    const stamps = [...text.matchAll(/^DTSTAMP:(.*)\r$/gm)].map((match) => match[1]);
    expect(stamps).toHaveLength(11);
    expect(new Set(stamps)).toEqual(new Set(['20131210T081500Z']));
  });

  it('numbers revisions by the source date, so a later save supersedes', () => {
    const sequences = (date: string) => {
      const text = renderIcs(seedProgramme(), { sourceDate: new Date(date), options: {} });
      return new Set([...text.matchAll(/^SEQUENCE:(\d+)\r$/gm)].map((match) => Number(match[1])));
    };
    const earlier = [...sequences('2013-12-10T08:15:00Z')];
    const later = [...sequences('2013-12-12T17:00:00Z')];
    expect(earlier).toHaveLength(1);
    expect(later).toHaveLength(1);
    expect(later[0]!).toBeGreaterThan(earlier[0]!);
    expect(earlier[0]!).toBeLessThan(2 ** 31);
  });

  it('is byte-identical across renders and whatever the machine time zone', async () => {
    const original = process.env.TZ;
    const outputs: string[] = [];
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        outputs.push(Buffer.from(await renderer.render(multiDayProgramme(), context())).toString('utf8'));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('follows RFC 5545 framing: CRLF line ends, lines folded at 75 octets, text escaped', () => {
    const programme = multiDayProgramme();
    const text = renderIcs(programme, context());
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Registration\\, coffee\\; badges');

    const { events } = parse(text);
    expect(events.map((event) => event.summary)).toContain('Keynote: "Why \\ local matters"');
    expect(events.map((event) => event.summary)).toContain(programme.sessions[5]!.title);
    expect(events.find((event) => event.summary.startsWith('Keynote'))!.description).toBe(
      'Dr Jane Doe (University of Leeds, Geography) — commons\nJohn Smith\nChair: Ann Lee',
    );
  });

  it('infers ends across days, parallel sessions, overnight and with nothing to go by', () => {
    const { events } = parse(renderIcs(multiDayProgramme(), context()));
    const bySummary = new Map(events.map((event) => [event.summary, event]));
    // Summer in Paris is UTC+2.
    const span = (summary: string) => [bySummary.get(summary)!.start, bySummary.get(summary)!.end];
    expect(span('Registration, coffee; badges')).toEqual(['2024-07-01T07:00:00.000Z', '2024-07-01T07:30:00.000Z']);
    // Parallel workshops both run until the next later start.
    expect(span('Workshop A')).toEqual(['2024-07-01T08:30:00.000Z', '2024-07-01T10:00:00.000Z']);
    expect(span('Workshop B')).toEqual(['2024-07-01T08:30:00.000Z', '2024-07-01T10:00:00.000Z']);
    // Written 22:00–01:00 ends the next day.
    expect(span('Night walk')).toEqual(['2024-07-01T20:00:00.000Z', '2024-07-01T23:00:00.000Z']);
    // The last session of a day with no end: one hour.
    expect(span('Closing remarks')).toEqual(['2024-07-02T09:00:00.000Z', '2024-07-02T10:00:00.000Z']);
    // A session is bounded by the next one on its own date only.
    expect(span('Morning plenary')).toEqual(['2024-07-02T07:30:00.000Z', '2024-07-02T09:00:00.000Z']);
  });

  it('leaves undated sessions out of the events and names them in an X- property', () => {
    const programme = multiDayProgramme();
    const text = renderIcs(programme, context());
    const { calendar, events } = parse(text);
    expect(events).toHaveLength(programme.sessions.length - 1);
    expect(calendar.getAllProperties('x-programme-undated-session').map((p) => p.getFirstValue())).toEqual([
      '14:00 Optional visit (date to be confirmed)',
    ]);

    const sparse = parse(renderIcs(sparseProgramme(), context()));
    expect(sparse.events).toEqual([]);
    expect(sparse.calendar.getAllProperties('x-programme-undated-session')).toHaveLength(2);
    expect(sparse.calendar.getFirstPropertyValue('x-wr-calname')).toBeNull();
  });

  it('gives unique UIDs that survive edits to the document', () => {
    const programme = multiDayProgramme();
    const before = parse(renderIcs(programme, context())).events;
    expect(new Set(before.map((event) => event.uid)).size).toBe(before.length);
    for (const event of before) expect(event.uid).toMatch(/^summer-school-2024-\d{8}T\d{4}-\d+@programme-pipeline$/);

    // The edited document: a retitled session, a new one, another file hash.
    const edited: Programme = structuredClone(programme);
    edited.source.sha256 = '01'.repeat(32);
    edited.sessions[2]!.title = 'Workshop A (room 2)';
    edited.sessions.splice(5, 0, { ...edited.sessions[4]!, start: '14:00', end: null, title: 'Added talk' });
    const after = parse(renderIcs(edited, context())).events;
    const uidOf = (events: ParsedEvent[], summary: string) => events.find((e) => e.summary === summary)!.uid;

    expect(uidOf(after, 'Workshop A (room 2)')).toBe(uidOf(before, 'Workshop A'));
    for (const summary of ['Workshop B', 'Lunch', 'Night walk', 'Closing remarks']) {
      expect(uidOf(after, summary)).toBe(uidOf(before, summary));
    }
    expect(before.map((e) => e.uid)).not.toContain(uidOf(after, 'Added talk'));
  });

  it('uses the time zone asked for, and rejects an unknown one', () => {
    const { calendar, events } = parse(renderIcs(seedProgramme(), context({ timezone: 'America/New_York' })));
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('America/New_York');
    expect(events[0]!.startTzid).toBe('America/New_York');
    expect(events[0]!.start).toBe('2013-12-19T14:00:00.000Z'); // 09:00 EST

    expect(() => renderIcs(seedProgramme(), context({ timezone: 'Mars/Olympus' }))).toThrow(InputError);
  });

  it('writes UTC times when no VTIMEZONE exists for a valid zone', () => {
    const text = renderIcs(seedProgramme(), context({ timezone: 'UTC' }));
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART:20131219T090000Z');
    const { events } = parse(text);
    expect(events[0]!.start).toBe('2013-12-19T09:00:00.000Z');
  });
});
