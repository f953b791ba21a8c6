// Day headings that name the day without its date ("Mardi", "Day 2"), dated from the event's dates written once above.
import { expect, test } from 'vitest';
import { bareDayName } from '../../src/parse/day-names.js';
import { extractProgramme } from '../../src/pipeline.js';

test.each([
  ['Mardi', { kind: 'weekday', weekday: 2 }],
  ['WEDNESDAY', { kind: 'weekday', weekday: 3 }],
  ['Day 2', { kind: 'ordinal', n: 2 }],
  ['Première journée', { kind: 'ordinal', n: 1 }],
  ['Jour 1 – mardi', { kind: 'weekday', weekday: 2 }],
  ['Tuesday (9.30 – 16.00)', { kind: 'weekday', weekday: 2 }],
  ['Samedi : 10h - 18h', { kind: 'weekday', weekday: 6 }],
  ['Mardi 4', { kind: 'weekday', weekday: 2, dayOfMonth: 4 }],
  ['Tuesday 4th (9.30 – 16.00)', { kind: 'weekday', weekday: 2, dayOfMonth: 4 }],
  ['Wednesday evening', { kind: 'weekday', weekday: 3 }],
  ['Mercredi soir', { kind: 'weekday', weekday: 3 }],
  ['mardi 05.06', { kind: 'weekday', weekday: 2, dayOfMonth: 5, month: 6 }],
])('%j names a day', (text, day) => {
  expect(bareDayName(text)?.day).toEqual(day);
});

test.each(['Mardi gras : défilé', 'Monday morning coffee', 'Day trip to the coast', 'Lundis de la santé', 'Jour J'])('%j is no bare day name', (text) => {
  expect(bareDayName(text)).toBeNull();
});

test('weekday headings take their dates from the event dates given once', async () => {
  const text = [
    'Journées régionales de la santé',
    'les 4 et 5 avril 2023',
    '',
    'Mardi',
    '9h00 : Accueil',
    '10h00 - 12h00 : Table ronde',
    '',
    'Mercredi',
    '9h00 - 12h00 : Ateliers',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'journees.txt');
  expect(programme.days.map((d) => [d.date, d.label])).toEqual([
    ['2023-04-04', 'Mardi'],
    ['2023-04-05', 'Mercredi'],
  ]);
  expect(programme.sessions.map((s) => [s.date, s.start, s.title])).toEqual([
    ['2023-04-04', '09:00', 'Accueil'],
    ['2023-04-04', '10:00', 'Table ronde'],
    ['2023-04-05', '09:00', 'Ateliers'],
  ]);
});

test('a weekday with its day of the month, the month given once above', async () => {
  const text = ['Rencontres régionales', 'les 4 et 5 avril 2023', '', 'Mardi 4', '9h00 : Accueil', '', 'Mercredi 5', '9h00 : Ateliers'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'rencontres.txt');
  expect(programme.sessions.map((s) => [s.date, s.title])).toEqual([['2023-04-04', 'Accueil'], ['2023-04-05', 'Ateliers']]);
});

test('numbered days with their hours, from a range of dates', async () => {
  const text = ['Summer School on Rivers', '3–5 June 2019', '', 'Day 1 (9.30 – 17.00)', '', '09:30 Welcome', '', 'Day 3', '', '10:00 Field visit'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'school.txt');
  expect(programme.sessions.map((s) => [s.date, s.title])).toEqual([['2019-06-03', 'Welcome'], ['2019-06-05', 'Field visit']]);
  expect(programme.days.find((d) => d.date === '2019-06-03')).toMatchObject({ start: '09:30', end: '17:00' });
});

test("a letter's own date above the programme is not the event's", async () => {
  const text = ['Syndicat des eaux', 'Vernoux, le 20 septembre 1999', '', 'Madame, Monsieur,', '', 'Journées des délégués', 'les 14 et 15 octobre 1999', '', 'Jeudi', '14h00 : Accueil', '', 'Vendredi', '9h00 : Visite'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'lettre.txt');
  expect(programme.sessions.map((s) => [s.date, s.title])).toEqual([['1999-10-14', 'Accueil'], ['1999-10-15', 'Visite']]);
});

test('the evening before, with numeric dates given once in French', async () => {
  const text = ['Rencontres des exploitants', 'Du 2/06 au 4/06/2021', '', 'Mercredi soir', '19h00 : Accueil', '', 'Jeudi', '9h00 : Café d’accueil'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'rencontres.txt');
  expect(programme.sessions.map((s) => [s.date, s.title])).toEqual([['2021-06-02', 'Accueil'], ['2021-06-03', 'Café d’accueil']]);
});

test('with no date above, a weekday heading stays as written', async () => {
  const text = ['Rencontre', '', 'Mardi', '9h00 : Accueil'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'rencontre.txt');
  expect(programme.sessions.map((s) => [s.date, s.title])).toEqual([[null, 'Accueil']]);
});
