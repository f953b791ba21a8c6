// A session's time range in brackets after its title, in a document that writes its times first.
import { expect, test } from 'vitest';
import { classifyLine } from '../../src/parse/classify.js';
import type { Line } from '../../src/parse/lines.js';
import { extractProgramme } from '../../src/pipeline.js';

const paragraph = (text: string) => ({ text, raw: text, type: 'paragraph', strong: false, blankLinesBefore: 0, pageBreakBefore: false, indent: 0, footnoteRefs: [] }) as Line;

test('a row merged across the table, "Pause (10h30 – 10h45)", is a session', async () => {
  const md = ['# Journée', '', 'Mardi 16 octobre 2012', '', '| Horaire | Séquence |', '|---|---|', '| 9h00 – 10h30 | Accueil |', '| Pause (10h30 – 10h45) | |', '| 10h45 – 12h00 | Atelier |'].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'journee.md');
  expect(programme.sessions.map((s) => [s.start, s.end, s.title])).toEqual([
    ['09:00', '10:30', 'Accueil'],
    ['10:30', '10:45', 'Pause'],
    ['10:45', '12:00', 'Atelier'],
  ]);
});

test.each([
  ['Déjeuner (12h30 – 14h00)', '12:30', '14:00', 'Déjeuner'],
  ['Lunch (12.30 to 1.30pm)', '12:30', '13:30', 'Lunch'],
])('%j', (text, start, end, rest) => {
  expect(classifyLine(paragraph(text), 'fr').time).toMatchObject({ start, end, rest });
});

test.each(['Visite du site (14h)', 'Accueil (salle 2)', 'Numéros utiles (05 55 00 00 00)', '(9h – 17h)'])('%j is no session', (text) => {
  expect(classifyLine(paragraph(text), 'fr').time).toBeNull();
});
