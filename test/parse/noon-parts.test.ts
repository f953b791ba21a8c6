// "Midi" as a part of the day (a heading above timed items) versus "Midi" as an item's time (synthetic).
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string) => extractProgramme(new TextEncoder().encode(text), 'p.txt');

test('"Midi" alone above a timed line is a part heading, not a session', async () => {
  const p = await parse(`Journée des bénévoles\nJeudi 4 juin 2026\n\nMatin\n9h30 Accueil\n10h Ouverture\n\nMidi\n12h15 Repas partagé\n\nAprès-midi\n14h Ateliers\n`);
  expect(p.sessions.map((s) => [s.start, s.title])).toEqual([['09:30', 'Accueil'], ['10:00', 'Ouverture'], ['12:15', 'Repas partagé'], ['14:00', 'Ateliers']]);
});

test('"Midi" alone above an untimed line is that item’s time', async () => {
  const p = await parse(`Journée des bénévoles\nJeudi 4 juin 2026\n\n9h30 Accueil\n10h Ouverture\nMidi\nRepas partagé\n14h Ateliers\n`);
  expect(p.sessions.map((s) => [s.start, s.title])).toEqual([['09:30', 'Accueil'], ['10:00', 'Ouverture'], ['12:00', 'Repas partagé'], ['14:00', 'Ateliers']]);
});

test('"Midi – Déjeuner" is an item at noon', async () => {
  const p = await parse(`Journée des bénévoles\nJeudi 4 juin 2026\n\n9h30 Accueil\nMidi – Déjeuner\n14h Ateliers\n`);
  expect(p.sessions.map((s) => [s.start, s.title])).toEqual([['09:30', 'Accueil'], ['12:00', 'Déjeuner'], ['14:00', 'Ateliers']]);
});

test('"Midi :" in a document without any time in figures is a word (a region), not a session', async () => {
  const p = await parse(`Sites touristiques par région\n\nBretagne : www.bretagne.example\nMidi : www.midi.example\nLoire : www.loire.example\n`);
  expect(p.sessions).toEqual([]);
});
