// Words that chrono reads relative to today ("demain", "tomorrow", "tonight",
// "in 3 days") are no dates in a programme: only dates as written are.
import { expect, test } from 'vitest';
import { findDate } from '../../src/parse/date.js';
import { extractProgramme } from '../../src/pipeline.js';

test.each([
  ['Demain, la ville durable', 'fr'],
  ["Aujourd'hui et demain : quelles politiques ?", 'fr'],
  ['Hier', 'fr'],
  ['Dans 2 jours', 'fr'],
  ["Tomorrow's cities", 'en'],
  ['Tonight', 'en'],
  ['In 3 days we meet', 'en'],
  ['Next week', 'en'],
])('%j is no date', (text, language) => {
  expect(findDate(text, language)).toBeNull();
});

test.each([
  ['The first of June', 'en', '2000-06-01'],
  ['twenty-second of March 2019', 'en', '2019-03-22'],
  ['le 1er juin 2014', 'fr', '2014-06-01'],
  ['2019-06-03', 'en', '2019-06-03'],
  ['03/06/2019', 'en', '2019-06-03'],
])('%j is still a date', (text, language, date) => {
  expect(findDate(text, language)?.date).toBe(date);
});

test('a session line in words of tomorrow stays a session of its day', async () => {
  const text = [
    'Rencontre des territoires',
    '',
    'Jeudi 5 octobre 2017',
    '',
    '9h00 : Accueil',
    '',
    'Demain, la ville durable',
    '',
    '10h00 - 12h00 : Table ronde',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'rencontre.txt');
  expect(programme.days.map((d) => d.date)).toEqual(['2017-10-05']);
  expect(programme.sessions.every((s) => s.date === '2017-10-05')).toBe(true);
});
