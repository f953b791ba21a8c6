// A place line under an item (a hall, a room, an inn) is not a speaker: it goes to the item's notes.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';
import { isPlaceName } from '../../src/parse/names.js';
import { parseSpeakerLine } from '../../src/parse/speakers.js';

test.each([
  'Greyford Town Hall',
  'Upton Village Hall',
  'The Kings Arms',
  'Red Lion Inn',
  'Salle du conseil',
  'Hôtel de Ville',
  'École Jules Ferry',
  'Riverside Community Centre',
  'Committee Room',
])('%j is a place', (name) => {
  expect(isPlaceName(name)).toBe(true);
});

test.each(['Peter Hall', 'Anna House', 'Charlotte Church', 'Dr Amy Church', 'Jean-Paul Salles', 'Marie Lenoir'])('%j is a person', (name) => {
  expect(isPlaceName(name)).toBe(false);
});

test.each(['Greyford Town Hall, Market Square', 'Kings Arms, Market Place', 'Salle du conseil, mairie de Vals'])('%j is no speaker line', (text) => {
  expect(parseSpeakerLine(text)).toBeNull();
});

test('a place line under an evening item goes to its notes', async () => {
  const text = [
    'Rural Transport Conference',
    '',
    'Wednesday 3 March 2027',
    '',
    '17:00 Close',
    '19:30 Conference dinner',
    'Upton Village Hall, Church Street',
    '20:00 Pot de l’amitié',
    'Salle du conseil, mairie de Vals',
    '20:30 Quiz night',
    'at the Kings Arms',
    'Peter Hall, Homes England',
  ].join('\n');
  const p = await extractProgramme(new TextEncoder().encode(text), 'p.txt');
  expect(p.sessions.slice(1).map((s) => [s.speakers.map((x) => x.name), s.notes])).toEqual([
    [[], ['Upton Village Hall, Church Street']],
    [[], ['Salle du conseil, mairie de Vals']],
    [['Peter Hall'], ['at the Kings Arms']],
  ]);
});
