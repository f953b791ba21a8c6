// A speaker in brackets right after the session's title, on the same line; police ranks before names.
import { expect, test } from 'vitest';
import { leadingName } from '../../src/parse/names.js';
import { extractProgramme } from '../../src/pipeline.js';

const sessionsOf = async (lines: string[]) => (await extractProgramme(Buffer.from(lines.join('\n')), 'programme.txt')).sessions;

test('"Title (Name, Organisation)" gives the title and its speaker', async () => {
  const sessions = await sessionsOf([
    'Colloque du bocage',
    'Jeudi 14 mars 2024',
    '',
    '9h30 – 9h45 : Ouverture du colloque (Pr Anne Le Floc’h, directrice du LAPTER)',
    '9h45 – 10h15 : Haies et ruissellement (Yann Derrien, LAPTER)',
    '10h15 – 10h30 : Pause (salle des pas perdus)',
    '10h30 – 11h00 : Visite (inscription obligatoire)',
  ]);
  expect(sessions.map((s) => [s.title, s.speakers.map((p) => [p.name, p.affiliation])])).toEqual([
    ['Ouverture du colloque', [['Pr Anne Le Floc’h', 'directrice du LAPTER']]],
    ['Haies et ruissellement', [['Yann Derrien', 'LAPTER']]],
    ['Pause (salle des pas perdus)', []],
    ['Visite (inscription obligatoire)', []],
  ]);
});

test.each([
  ['Assistant Chief Constable David Marsh, Chair, NLRF', 'Assistant Chief Constable David Marsh'],
  ['ACC David Marsh', 'ACC David Marsh'],
  ['Chief Inspector Ruth Ellis (Northfell Police)', 'Chief Inspector Ruth Ellis'],
])('ranks before names: %j', (line, name) => {
  expect(leadingName(line)).toBe(name);
});

test('web-page separators: "10:30 AM – 10:45 AM → Title » Speaker, Organisation"', async () => {
  const sessions = await sessionsOf([
    'Repair Gathering 2019',
    'Saturday 12 October 2019',
    '',
    '• 10:30 AM – 10:45 AM → Welcome and introductions » Helen Marsh, Coordinator, Westbrook Repair Network',
    '• 10:45 AM – 11:30 AM → Break',
  ]);
  expect(sessions.map((s) => [s.start, s.end, s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['10:30', '10:45', 'Welcome and introductions', ['Helen Marsh']],
    ['10:45', '11:30', 'Break', []],
  ]);
});

test('where titles carry "— Name, role", a name alone after the dash is a speaker too; alone in a programme, it is not', async () => {
  const lines = (...items: string[]) => ['Oral History Day', 'Saturday 12 March 2016', '', ...items];
  const named = await sessionsOf(
    lines('• 10:20 — Welcome and introductions — Maggie Tate, Network Coordinator', '• 11:00 — Recording kit — Ben Hollis, Sound Archive', '• 15:30 — Next steps and close — Maggie Tate'),
  );
  expect(named.map((s) => [s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['Welcome and introductions', ['Maggie Tate']],
    ['Recording kit', ['Ben Hollis']],
    ['Next steps and close', ['Maggie Tate']],
  ]);
  const alone = await sessionsOf(lines('• 10:20 — Welcome', '• 15:30 — Rivers — Pennine Way'));
  expect(alone.map((s) => [s.title, s.speakers.length])).toEqual([
    ['Welcome', 0],
    ['Rivers — Pennine Way', 0],
  ]);
});
