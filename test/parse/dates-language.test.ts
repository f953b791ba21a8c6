import { expect, test } from 'vitest';
import { findDate } from '../../src/parse/date.js';
import { detectLanguage } from '../../src/parse/language.js';

test.each([
  ['Jeudi 19 décembre 2013', 'fr', '2013-12-19', true],
  ['Mercredi 4 juin 2014', 'fr', '2014-06-04', true],
  ['Jeudi 5 juin', 'fr', '2000-06-05', false],
  ['Day 1 – Monday 3 June 2019', 'en', '2019-06-03', true],
  ['Thursday, 12 March 2015', 'en', '2015-03-12', true],
  ['12/03/2015', 'fr', '2015-03-12', true],
])('%j → %s', (text, language, date, yearCertain) => {
  expect(findDate(text, language)).toMatchObject({ date, yearCertain });
});

test('a time alone is no date', () => {
  expect(findDate('9h30 - 16h45', 'fr')).toBeNull();
});

test('language from function words', () => {
  expect(detectLanguage('Accueil des participants et présentation de la journée')).toBe('fr');
  expect(detectLanguage('Registration and welcome coffee, followed by the opening of the conference')).toBe('en');
});

test('several days in one line: "7, 8 et 9 juillet 2016"', () => {
  expect(findDate('7, 8 et 9 juillet 2016', 'fr')).toMatchObject({ date: '2016-07-07', moreDays: [{ month: 7, day: 8 }, { month: 7, day: 9 }] });
  expect(findDate('3–5 June 2019', 'en')).toMatchObject({ date: '2019-06-03', moreDays: [{ month: 6, day: 4 }, { month: 6, day: 5 }] });
});

test('a list or range across two months, the year written once at its end', () => {
  expect(findDate('Thursday 30 June and Friday 1 July 2016', 'en')).toMatchObject({ date: '2016-06-30', yearCertain: true, moreDays: [{ month: 7, day: 1 }] });
  expect(findDate('30 juin – 2 juillet 2016', 'fr')).toMatchObject({ date: '2016-06-30', yearCertain: true, moreDays: [{ month: 7, day: 1 }, { month: 7, day: 2 }] });
  expect(findDate('du 30 juin au 2 juillet 2016', 'fr')).toMatchObject({ date: '2016-06-30', yearCertain: true });
});

test('a date followed by the day\'s hours is one day, even when the end hour is earlier than the start', () => {
  expect(findDate('Saturday 05.06.1999, 9.30 to 4.30', 'en')).toMatchObject({ date: '1999-06-05', moreDays: [] });
});

test('a numeric date with the day\'s hours on a 12-hour clock after it', async () => {
  const { classifyLine } = await import('../../src/parse/classify.js');
  const text = 'Saturday 05.06.1999, 9.30 to 4.30';
  const line = { text, raw: text, type: 'paragraph' as const, strong: false, blankLinesBefore: 0, pageBreakBefore: false, indent: 0, footnoteRefs: [] };
  expect(classifyLine(line, 'en').date).toMatchObject({ date: '1999-06-05', hours: { start: '09:30', end: '16:30' }, label: 'Saturday 05.06.1999' });
});
