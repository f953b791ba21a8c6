// A title block laid out as a one-row table (logo text beside the title, the date and the venue),
// and a title that names the event without an event's word, right above its date.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

test('a one-row table of the title block is read as its lines', async () => {
  const md = [
    '| HIPA<br>Haldane Institute of Public Administration | Annual Procurement Law Update<br>Friday 13 March 2026<br>9.30am – 4.15pm<br>Carrow House, 2 Tenter Street, Norbridge NB1 4RT |',
    '| --- | --- |',
    '',
    '9.30am Registration and coffee',
    '',
    '10.00am – 10.15am Welcome',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'update.md');
  expect(programme.title).toBe('Annual Procurement Law Update');
  expect(programme.days).toEqual([expect.objectContaining({ date: '2026-03-13', start: '09:30', end: '16:15' })]);
  expect(programme.venue).toMatchObject({ name: 'Carrow House', postalCode: 'NB1 4RT' });
  expect(programme.sessions.map((s) => [s.date, s.start, s.title])).toEqual([
    ['2026-03-13', '09:30', 'Registration and coffee'],
    ['2026-03-13', '10:00', 'Welcome'],
  ]);
});

test('a one-row schedule table stays a session', async () => {
  const md = ['# Forum', '', 'Monday 3 June 2019', '', '| 10.00 | Welcome |', '| --- | --- |'].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'forum.md');
  expect(programme.sessions.map((s) => [s.start, s.title])).toEqual([['10:00', 'Welcome']]);
});

test('the name right above the date when no line names an event', async () => {
  const text = ['Halsey University Doctoral College', 'Spring Research Methods School', '9–11 April 2018', '', 'Monday 9 April 2018', '09.30 Welcome'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'school.txt');
  expect(programme.title).toBe('Spring Research Methods School');
});
