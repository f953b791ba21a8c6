// The event's name and its date on one line, and a title block kept in the page header only.
import { expect, test } from 'vitest';
import type { Root } from 'mdast';
import { parseProgramme } from '../../src/parse/index.js';
import { extractProgramme } from '../../src/pipeline.js';

test('"Title – weekday date" is the title and the day', async () => {
  const text = ['Centre de gestion du Val', 'Formation « Accueillir un public difficile » – mardi 7 novembre 2006', '', '9h30 : Accueil', '10h00 : Atelier'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'formation.txt');
  expect(programme.title).toBe('Formation « Accueillir un public difficile »');
  expect(programme.days.map((d) => d.date)).toEqual(['2006-11-07']);
  expect(programme.sessions.map((s) => s.date)).toEqual(['2006-11-07', '2006-11-07']);
});

test('"Name, date (hours)" keeps the hours as the day\'s', async () => {
  const text = ['Rivers Forum, 3 June 2019 (10am – 4pm)', '', '10.00 Welcome', '11.00 Panel'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'forum.txt');
  expect(programme.title).toBe('Rivers Forum');
  expect(programme.days).toEqual([expect.objectContaining({ date: '2019-06-03', start: '10:00', end: '16:00' })]);
});

test('a title block in the page header only, the body starting with the schedule', () => {
  const tree: Root = {
    type: 'root',
    children: ['9h30 : Accueil des stagiaires', '10h15 : Tour de table'].map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  const headers = ['Centre de gestion du Val-d’Arnon', 'Formation « Accueillir un public difficile » – mardi 7 novembre 2006', 'Salle du conseil municipal, 1 place de l’Église, 86310 Lussac-sur-Arnon'];
  const programme = parseProgramme({ format: 'docx', tree, headers, metadata: {}, warnings: [] }, { file: 'formation.docx', format: 'docx', sha256: '0'.repeat(64) });
  expect(programme.title).toBe('Formation « Accueillir un public difficile »');
  expect(programme.venue).toMatchObject({ name: 'Salle du conseil municipal', postalCode: '86310' });
  // The header's other lines are page furniture: the organisation once, no description.
  expect(programme.organizers.map((o) => o.name)).toEqual(['Centre de gestion du Val-d’Arnon']);
  expect(programme.description).toEqual([]);
  expect(programme.sessions.map((s) => [s.date, s.start])).toEqual([
    ['2006-11-07', '09:30'],
    ['2006-11-07', '10:15'],
  ]);
});

test("a letter's place and date stay one line", async () => {
  const text = ['Vernoux-sur-Loue, le 20 septembre 1999', '', 'Réunion des délégués', 'Jeudi 14 octobre 1999', '', '14h00 : Accueil'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'lettre.txt');
  expect(programme.days.map((d) => d.date)).toEqual(['1999-10-14']);
});
