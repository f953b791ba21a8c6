// Text pasted from PDFs and typed layouts: a title hyphenated at a line's end, the last title under its time.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

const sessionsOf = async (lines: string[]) => (await extractProgramme(Buffer.from(lines.join('\n')), 'programme.txt')).sessions;

test('a title hyphenated at the end of a line is joined, the hyphen dropped', async () => {
  const sessions = await sessionsOf([
    'Journées du bocage',
    'Vendredi 10 juin 2011',
    '',
    '9h00 – 10h00     Les plans de gestion durable des haies : méthode et pre-',
    '                 miers retours d’expérience',
    '                 M. Pierre Jaouen, ingénieur',
    '10h00            Pause',
  ]);
  expect(sessions.map((s) => [s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['Les plans de gestion durable des haies : méthode et premiers retours d’expérience', ['M. Pierre Jaouen']],
    ['Pause', []],
  ]);
});

test('the last session’s title on the line under its time, prose after it', async () => {
  const sessions = await sessionsOf(['Catchment Conference', 'Friday 18 September 2026', '', '12:00 - 12:15', 'Close', '', '12:15', 'Lunch and depart', '', 'Booking closes on Friday 4 September 2026. Members £60, non-members £95.']);
  expect(sessions.map((s) => [s.start, s.title])).toEqual([
    ['12:00', 'Close'],
    ['12:15', 'Lunch and depart'],
  ]);
});
