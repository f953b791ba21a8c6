// Times as formal French invitations write them, qualifiers after a time, and items written as sentences.
import { expect, test } from 'vitest';
import { matchLeadingTime, matchTrailingTime } from '../../src/parse/time.js';
import { extractProgramme } from '../../src/pipeline.js';

test.each([
  ['Neuf heures trente Accueil', '09:30', null, 'Accueil'],
  ['Dix-sept heures : Clôture', '17:00', null, 'Clôture'],
  ['Quinze heures trente – seize heures trente Échanges', '15:30', '16:30', 'Échanges'],
  ['de neuf heures trente à dix-sept heures', '09:30', '17:00', ''],
  ['Quatorze heures et quart : AG', '14:15', null, 'AG'],
  ['Vingt et une heures Bal', '21:00', null, 'Bal'],
  ['12 h 30 précises Repas', '12:30', null, 'Repas'],
  ['8.30 p.m. onwards', '20:30', null, ''],
  ['De 9h30 à 10h30, présentation de la marque', '09:30', '10:30', 'présentation de la marque'],
])('%j', (text, start, end, rest) => {
  expect(matchLeadingTime(text)).toMatchObject({ start, end, rest });
});

test.each(['Trois heures de débat', 'Deux heures pour comprendre', 'Dix ans après'])('%j is no time', (text) => {
  expect(matchLeadingTime(text)).toBeNull();
});

test('a time in words at the end of a line after a wide gap', () => {
  expect(matchTrailingTime('Déjeuner au self du lycée                      midi - 13 h 45')).toMatchObject({ start: '12:00', end: '13:45', rest: 'Déjeuner au self du lycée' });
  expect(matchTrailingTime('On se retrouve après midi')).toBeNull();
});

test('an item written as a sentence: its full stop dropped, "par …" its speaker, « quotes » kept', async () => {
  const text = ['Journée vélo', 'Lundi 21 mars 2011', '', 'De 9h30 à 10h30, présentation de la marque « Accueil Vélo » par Mme Nadia Fourcade, chargée de mission à l’OTI.', 'À 10h30, pause.'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'velo.txt');
  expect(programme.sessions.map((s) => [s.start, s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['09:30', 'présentation de la marque « Accueil Vélo »', ['Mme Nadia Fourcade']],
    ['10:30', 'pause', []],
  ]);
});
