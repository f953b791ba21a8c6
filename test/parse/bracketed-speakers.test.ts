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
