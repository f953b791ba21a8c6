/** 12-hour programmes that write am/pm only on some items: bare times that step back are afternoon ones. */
import { describe, expect, test } from 'vitest';
import { matchLeadingTime, resolveTwelveHourTimes, type ClockedTimes } from '../../src/parse/time.js';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string) => extractProgramme(new TextEncoder().encode(text), 'p.txt');
const starts = async (text: string) => (await parse(text)).sessions.map((s) => [s.start, s.end]);

describe('how a time was written', () => {
  test.each([
    ['1.30 Workshops', 'twelveHour', undefined],
    ['4:15 Tea', 'twelveHour', undefined],
    ['1.30 – 2.30 Workshops', 'twelveHour', 'twelveHour'],
    ['3.30 – 4.30pm AGM', 'meridiem', 'meridiem'],
    ['9.30am Coffee', 'meridiem', undefined],
    ['12.30 Lunch', 'other', undefined],
    ['09.30 Coffee', 'other', undefined],
    ['14.00 Talk', 'other', undefined],
    ['9h30 Accueil', 'other', undefined],
    ['1h30 Atelier', 'other', undefined],
    ['Noon – Lunch', 'other', undefined],
  ])('%j', (text, startClock, endClock) => {
    const time = matchLeadingTime(text)!;
    expect(time.startClock).toBe(startClock);
    expect(time.endClock).toBe(endClock);
  });
});

describe('resolveTwelveHourTimes', () => {
  const day = (items: Array<[string, string | null]>, date: string | null = '2019-06-07'): ClockedTimes[] =>
    items.map(([start, end]) => {
      const s = matchLeadingTime(`${start}${end ? ` – ${end}` : ''} Item`)!;
      return { date, start: s.start, end: s.end, startClock: s.startClock, endClock: s.endClock };
    });

  test('after noon, bare times and their ends move to the afternoon', () => {
    const times = day([['9.30am', null], ['11.30', '12.30'], ['12.30', null], ['1.30', '2.30'], ['2.30', '3.15'], ['3.15', null], ['3.30', '4.30pm']]);
    expect(resolveTwelveHourTimes(times)).toEqual([
      { start: '09:30', end: null },
      { start: '11:30', end: '12:30' },
      { start: '12:30', end: null },
      { start: '13:30', end: '14:30' },
      { start: '14:30', end: '15:15' },
      { start: '15:15', end: null },
      { start: '15:30', end: '16:30' },
    ]);
  });

  test('12.00 then 1.30 with no am/pm anywhere but no hour past 12 either', () => {
    expect(resolveTwelveHourTimes(day([['10.00', null], ['12.00', null], ['1.30', null], ['3.00', '4.00']])).map((t) => t.start)).toEqual(['10:00', '12:00', '13:30', '15:00']);
  });

  test('a 24-hour programme is left alone, even where it steps back', () => {
    const times = day([['9.00', null], ['14.00', null], ['1.30', null]]);
    expect(resolveTwelveHourTimes(times).map((t) => t.start)).toEqual(['09:00', '14:00', '01:30']);
  });

  test('explicit am, 24-hour and 12.xx times never move', () => {
    const times = day([['2.00pm', null], ['11.00am', null], ['12.15', null], ['09.30', null]]);
    expect(resolveTwelveHourTimes(times).map((t) => t.start)).toEqual(['14:00', '11:00', '12:15', '09:30']);
  });

  test('a typo stepping back in the morning is not moved to the evening', () => {
    const times = day([['9.30am', null], ['11.30', null], ['10.00', null]]);
    expect(resolveTwelveHourTimes(times).map((t) => t.start)).toEqual(['09:30', '11:30', '10:00']);
  });

  test('each day starts afresh', () => {
    const times = [...day([['9.30am', null], ['2.00', null]]), ...day([['9.30', null], ['1.00', null]], '2019-06-08')];
    expect(resolveTwelveHourTimes(times).map((t) => t.start)).toEqual(['09:30', '14:00', '09:30', '13:00']);
  });

  test('nothing moves past 23:59', () => {
    const times = day([['9.00am', null], ['11.30pm', null], ['11.45', null]]);
    expect(resolveTwelveHourTimes(times).map((t) => t.start)).toEqual(['09:00', '23:30', '23:45']);
  });
});

describe('in a parsed programme', () => {
  test('an English day with am/pm on its first and last items', async () => {
    const text = [
      'Members Day',
      '',
      'Friday 7 June 2019',
      '',
      '9.30am\tRegistration',
      '10.00 – 12.00\tMorning talks',
      '12.00\tLunch',
      '1.30 – 2.30\tWorkshops',
      '3.15\tTea',
      '3.30 – 4.30pm\tAnnual meeting',
    ].join('\n');
    expect(await starts(text)).toEqual([
      ['09:30', null],
      ['10:00', '12:00'],
      ['12:00', null],
      ['13:30', '14:30'],
      ['15:15', null],
      ['15:30', '16:30'],
    ]);
  });

  test('a French programme on a 24-hour clock is never touched', async () => {
    const text = ['Journée d’étude', '', 'Jeudi 5 juin 2014', '', '9h30 : Accueil', '12h00 : Déjeuner', '14h00 : Atelier', '1h30 : Film'].join('\n');
    expect((await starts(text)).map(([s]) => s)).toEqual(['09:30', '12:00', '14:00', '01:30']);
  });
});
