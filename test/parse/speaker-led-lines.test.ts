// Session lines led by their speaker, the time in the middle: "Dr Anna Kovacs — 13:45 — Soil carbon".
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

test('the speaker, the time, then the title', async () => {
  const md = [
    '# Rencontres des exploitants',
    '',
    'Jeudi 3 juin 2021',
    '',
    '- 9h00 — Café d’accueil',
    '- Mme Claire Dumas, présidente du RSCIO — 9h30 — Ouverture des rencontres',
    '- M. Thomas Guérin (Observatoire des publics du cinéma) — 10h00 — La fréquentation des salles',
    '- Dr Anna Kovacs, Mr Tom Ridley and Dr Priya Nair — 16:30 – 17:30 — Panel: can soils pay for carbon?',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'rencontres.md');
  expect(programme.sessions.map((s) => [s.start, s.end, s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['09:00', null, 'Café d’accueil', []],
    ['09:30', null, 'Ouverture des rencontres', ['Mme Claire Dumas']],
    ['10:00', null, 'La fréquentation des salles', ['M. Thomas Guérin']],
    ['16:30', '17:30', 'Panel: can soils pay for carbon?', ['Dr Anna Kovacs', 'Mr Tom Ridley', 'Dr Priya Nair']],
  ]);
});

test('a title that merely opens with words before a dash and a figure is no speaker line', async () => {
  const text = ['Forum', 'Jeudi 3 juin 2021', '', '9h00 : Accueil', 'Bilan 2020 — 12 projets soutenus'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'forum.txt');
  expect(programme.sessions.map((s) => [s.start, s.title, s.notes])).toEqual([['09:00', 'Accueil', ['Bilan 2020 — 12 projets soutenus']]]);
});
