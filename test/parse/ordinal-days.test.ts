// Day headings whose date follows the day's number, in figures or in words: "1ère journée : mardi 17 novembre 2015", "Second day, Wednesday 5 June".
import { expect, test } from 'vitest';
import { classifyLine } from '../../src/parse/classify.js';
import { dayNumber } from '../../src/parse/date.js';
import type { Line } from '../../src/parse/lines.js';
import { extractProgramme } from '../../src/pipeline.js';

const paragraph = (text: string) => ({ text, raw: text, type: 'paragraph' }) as Line;

test.each([
  ['1ère journée : mardi 17 novembre 2015', 'fr', '2015-11-17'],
  ['2e journée – mercredi 18 novembre 2015', 'fr', '2015-11-18'],
  ['Première journée, mardi 17 novembre 2015', 'fr', '2015-11-17'],
  ['Deuxième jour : 18 novembre 2015', 'fr', '2015-11-18'],
  ['2nde journée - 18 novembre 2015', 'fr', '2015-11-18'],
  ['Jour 1 – mardi 17 novembre 2015', 'fr', '2015-11-17'],
  ['J2 - 18 novembre 2015', 'fr', '2015-11-18'],
  ['Day one: Tuesday 4 June 2019', 'en', '2019-06-04'],
  ['Second day, Wednesday 5 June 2019', 'en', '2019-06-05'],
  ['1st day: 4 June 2019', 'en', '2019-06-04'],
  ['The third day – 6 June 2019', 'en', '2019-06-06'],
])('%j is a day heading', (text, language, date) => {
  expect(classifyLine(paragraph(text), language).date?.date).toBe(date);
});

test.each([
  ['Rapport du groupe : 18 novembre 2015', 'fr'],
  ['Deux journées : 4 et 5 juin 2015', 'fr'],
  ['Second meeting: 5 June 2019', 'en'],
])('%j is no day heading', (text, language) => {
  expect(classifyLine(paragraph(text), language).date).toBeNull();
});

test('the day number, in figures or in words, before or after the day word', () => {
  expect(['Day 3', 'Day three', 'Jour deux', 'Journée 2', '1ère journée', 'Première journée', 'Second day', 'J2'].map((t) => dayNumber(t)?.n)).toEqual([3, 3, 2, 2, 1, 1, 2, 2]);
  expect(dayNumber('Dayton')).toBeNull();
  expect(dayNumber('Deuxième table ronde')).toBeNull();
});

test('sessions under ordinal day headings take those days', async () => {
  const text = [
    'Congrès des jardins',
    '',
    '1ère journée : mardi 17 novembre 2015',
    '',
    '9h00 - 9h30 : Accueil',
    '9h30 - 10h00 : Ouverture',
    '',
    '2e journée : mercredi 18 novembre 2015',
    '',
    '9h00 - 12h00 : Assemblée générale',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'congres.txt');
  expect(programme.days.map((d) => d.date)).toEqual(['2015-11-17', '2015-11-18']);
  expect(programme.sessions.map((s) => [s.date, s.start, s.title])).toEqual([
    ['2015-11-17', '09:00', 'Accueil'],
    ['2015-11-17', '09:30', 'Ouverture'],
    ['2015-11-18', '09:00', 'Assemblée générale'],
  ]);
});

test('"Second day" with no year takes the year of the first day', async () => {
  const text = ['Rivers Forum', '', 'Day one: Tuesday 4 June 2019', '', '10.00 – 11.00 Welcome', '', 'Second day, Wednesday 5 June', '', '10.00 – 11.00 Field visit'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'forum.txt');
  expect(programme.sessions.map((s) => [s.date, s.title])).toEqual([['2019-06-04', 'Welcome'], ['2019-06-05', 'Field visit']]);
});
