// A session's length written instead of its end: the end is the start plus the duration.
import { expect, test } from 'vitest';
import { matchLeadingTime } from '../../src/parse/time.js';
import { extractProgramme } from '../../src/pipeline.js';

test.each([
  ['9.30 for 30 minutes – Registration and tea', '09:30', '10:00', 'Registration and tea'],
  ['11.30 for an hour – Rent setting', '11:30', '12:30', 'Rent setting'],
  ['10h00 – durée 1 h 15 : Le varroa', '10:00', '11:15', 'Le varroa'],
  ['1:00 pm (30 min) Lightning talks', '13:00', '13:30', 'Lightning talks'],
  ['9:45 (1 h 15 min) Unconference', '09:45', '11:00', 'Unconference'],
])('%j', (text, start, end, rest) => {
  expect(matchLeadingTime(text)).toMatchObject({ start, end, rest });
});

test.each(['10h00 (salle 2) Atelier', '9h00 pour 2 personnes'])('%j has no duration', (text) => {
  expect(matchLeadingTime(text)?.end).toBeNull();
});

test('durations on a 12-hour day without am/pm: the afternoon ends follow their starts', async () => {
  const text = ['Tenants’ Conference', 'Saturday 19 November 2005', '', '12.30 for 45 minutes – Lunch', '1.15 for 1½ hours – Workshops'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'tenants.txt');
  expect(programme.sessions.map((s) => [s.start, s.end, s.title])).toEqual([
    ['12:30', '13:15', 'Lunch'],
    ['13:15', '14:45', 'Workshops'],
  ]);
});
