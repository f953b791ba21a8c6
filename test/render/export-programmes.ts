/** Programmes the export renderers' tests share: the seed's expected JSON and hand-built edge cases. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ProgrammeSchema, type Programme, type Session } from '../../src/model/programme.js';
import type { RenderContext } from '../../src/render/renderer.js';

const SEED_JSON = fileURLToPath(
  new URL('../../../shared/contract/programme-rtes-2013-12-19.expected.json', import.meta.url),
);

/** The seed programme as the contract expects it, with the fields the contract leaves out. */
export function seedProgramme(): Programme {
  const expected = JSON.parse(readFileSync(SEED_JSON, 'utf8')) as object;
  return ProgrammeSchema.parse({
    ...expected,
    source: { file: 'programme-rtes-2013-12-19.txt', format: 'txt', sha256: 'ab'.repeat(32) },
    warnings: [],
  });
}

function session(fields: Partial<Session> & Pick<Session, 'start' | 'title'>): Session {
  return { date: null, end: null, kind: 'talk', speakers: [], notes: [], ...fields };
}

/**
 * Two days in English, with what real programmes throw at exports: parallel
 * sessions, an overnight session, a last session with no end and no day end,
 * an undated session, punctuation that needs escaping or quoting, a title
 * longer than an iCalendar line.
 */
export function multiDayProgramme(): Programme {
  return ProgrammeSchema.parse({
    schemaVersion: 1,
    source: { file: 'Summer School 2024.docx', format: 'docx', sha256: 'cd'.repeat(32) },
    language: 'en',
    title: 'Summer School on "Local Economies", 2024',
    organizers: [
      { name: 'Network of Local Authorities', acronym: 'NLA' },
      { name: 'Open Cities Association', acronym: null },
    ],
    days: [
      { date: '2024-07-01', start: '09:00', end: '18:00', label: 'Monday 1 July 2024' },
      { date: '2024-07-02', start: '09:30', end: null },
    ],
    venue: { name: 'Town Hall', address: '1 Main Street', postalCode: null, city: 'Lyon', access: null },
    description: [{ type: 'paragraph', text: 'Two days of talks; bring a laptop.' }],
    sessions: [
      session({ date: '2024-07-01', start: '09:00', title: 'Registration, coffee; badges', kind: 'welcome' }),
      session({
        date: '2024-07-01',
        start: '09:30',
        end: '10:30',
        title: 'Keynote: "Why \\ local matters"',
        speakers: [
          { name: 'Dr Jane Doe', affiliation: 'University of Leeds, Geography', topic: 'commons' },
          { name: 'John Smith', affiliation: null, topic: null },
        ],
        notes: ['Chair: Ann Lee'],
      }),
      session({ date: '2024-07-01', start: '10:30', title: 'Workshop A', kind: 'discussion' }),
      session({ date: '2024-07-01', start: '10:30', title: 'Workshop B', kind: 'discussion' }),
      session({ date: '2024-07-01', start: '12:00', end: '13:00', title: 'Lunch', kind: 'meal' }),
      session({
        date: '2024-07-01',
        start: '16:00',
        title:
          'A very long title that goes on and on about participatory budgeting, cooperative housing and the social and solidarity economy in small towns',
      }),
      session({ date: '2024-07-01', start: '22:00', end: '01:00', title: 'Night walk', kind: 'other' }),
      session({ date: '2024-07-02', start: '09:30', title: 'Morning plenary' }),
      session({ date: '2024-07-02', start: '11:00', title: 'Closing remarks', kind: 'closing' }),
      session({ date: null, start: '14:00', title: 'Optional visit (date to be confirmed)', kind: 'other' }),
    ],
    annex: [],
    footnotes: [],
    warnings: [],
  });
}

/** Almost nothing known: no title, venue, organizers or days, and undated sessions only. */
export function sparseProgramme(): Programme {
  return ProgrammeSchema.parse({
    schemaVersion: 1,
    source: { file: 'notes.txt', format: 'txt', sha256: 'ef'.repeat(32) },
    language: 'fr',
    title: null,
    organizers: [],
    days: [],
    venue: null,
    description: [],
    sessions: [session({ start: '10:00', title: 'Ouverture' }), session({ start: '11:00', title: 'Débat' })],
    annex: [],
    footnotes: [],
    warnings: [],
  });
}

export function context(options: RenderContext['options'] = {}): RenderContext {
  return { sourceDate: new Date('2013-12-10T08:15:00Z'), options };
}
