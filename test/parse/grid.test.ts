// Timetable grids (one column per day, one row per time slot): each day's column read as that day's sessions.
import { describe, expect, test } from 'vitest';
import { toLines } from '../../src/parse/lines.js';
import { extractProgramme } from '../../src/pipeline.js';
import { htmlToMdast } from '../../src/read/docx/html-to-mdast.js';

async function sessionsOf(markdown: string) {
  const programme = await extractProgramme(Buffer.from(markdown), 'grid.md');
  return {
    days: programme.days.map((d) => d.date),
    sessions: programme.sessions.map((s) => ({ date: s.date, start: s.start, end: s.end, title: s.title, speakers: s.speakers.map((p) => p.name), notes: s.notes })),
  };
}

describe('timetable grids', () => {
  test('weekday columns take their dates from the range above the grid; an empty cell is no session', async () => {
    const { days, sessions } = await sessionsOf(
      [
        '# Université d’été',
        '',
        'Du lundi 6 au mercredi 8 juillet 2026',
        '',
        '| Heure | Lundi | Mardi | Mercredi |',
        '|---|---|---|---|',
        '| 9h00 | Accueil | | |',
        '| 9h30 – 11h | Conférence : les côtes<br>Dr Anne Martin (Université de Caen) | Atelier : cartes<br>Animation : Paul Roux | Visite du port |',
        '| 12h – 13h30 | Déjeuner | Déjeuner | Déjeuner |',
      ].join('\n'),
    );
    expect(days).toEqual(['2026-07-06', '2026-07-07', '2026-07-08']);
    expect(sessions).toEqual([
      { date: '2026-07-06', start: '09:00', end: null, title: 'Accueil', speakers: [], notes: [] },
      { date: '2026-07-06', start: '09:30', end: '11:00', title: 'Conférence : les côtes', speakers: ['Dr Anne Martin'], notes: [] },
      { date: '2026-07-06', start: '12:00', end: '13:30', title: 'Déjeuner', speakers: [], notes: [] },
      { date: '2026-07-07', start: '09:30', end: '11:00', title: 'Atelier : cartes', speakers: [], notes: ['Animation : Paul Roux'] },
      { date: '2026-07-07', start: '12:00', end: '13:30', title: 'Déjeuner', speakers: [], notes: [] },
      { date: '2026-07-08', start: '09:30', end: '11:00', title: 'Visite du port', speakers: [], notes: [] },
      { date: '2026-07-08', start: '12:00', end: '13:30', title: 'Déjeuner', speakers: [], notes: [] },
    ]);
  });

  test('dated columns without a year take the year written above; "Day N" columns the Nth day of the range', async () => {
    const dated = await sessionsOf(['# Field school', '', '3 – 4 June 2027', '', '| | Thursday 3 June | Friday 4 June |', '|---|---|---|', '| 10.00 | Walk | Talk |'].join('\n'));
    expect(dated.sessions.map((s) => [s.date, s.title])).toEqual([['2027-06-03', 'Walk'], ['2027-06-04', 'Talk']]);
    const numbered = await sessionsOf(['# Field school', '', '3 – 4 June 2027', '', '| Time | Day 1 | Day 2 |', '|---|---|---|', '| 10.00 | Walk | Talk |'].join('\n'));
    expect(numbered.sessions.map((s) => [s.date, s.title])).toEqual([['2027-06-03', 'Walk'], ['2027-06-04', 'Talk']]);
  });

  test('a title row above the day header stays a line; a single date above makes "Jour 1" that day and "Jour 2" the next', () => {
    const tree = htmlToMdast(
      '<p>Samedi 3 octobre 2026</p><table><tr><td colspan="3"><p>Programme</p></td></tr>' +
        '<tr><td><p>Horaire</p></td><td><p>Jour 1</p></td><td><p>Jour 2</p></td></tr>' +
        '<tr><td><p>9h – 10h</p></td><td><p>Accueil</p></td><td><p>Visite</p></td></tr></table>',
    );
    expect(toLines(tree).lines.map((l) => l.text)).toEqual([
      'Samedi 3 octobre 2026', 'Programme',
      'Jour 1 : 3 octobre 2026', '9h – 10h\tAccueil',
      'Jour 2 : 4 octobre 2026', '9h – 10h\tVisite',
    ]);
  });

  test('a transposed grid (a header row of times, a row per day) reads the same way', async () => {
    const { sessions } = await sessionsOf(
      ['# Forum', '', '| | 9h | 14h |', '|---|---|---|', '| Lundi 5 octobre 2026 | Accueil | Atelier |', '| Mardi 6 octobre 2026 | Conférence | |'].join('\n'),
    );
    expect(sessions.map((s) => [s.date, s.start, s.title])).toEqual([
      ['2026-10-05', '09:00', 'Accueil'],
      ['2026-10-05', '14:00', 'Atelier'],
      ['2026-10-06', '09:00', 'Conférence'],
    ]);
  });

  test('a cell holding its own times is one session per time', () => {
    const tree = htmlToMdast(
      '<table><tr><td></td><td><p>Lundi 5 octobre</p></td><td><p>Mardi 6 octobre</p></td></tr>' +
        '<tr><td><p>14h – 17h</p></td><td><p>14h Atelier A</p><p>Animation : Léa Roux</p><p>15h30</p><p>Atelier B</p></td><td><p>Visite</p></td></tr></table>',
    );
    expect(toLines(tree).lines.map((l) => l.text)).toEqual([
      'Lundi 5 octobre', '14h\tAtelier A Animation : Léa Roux', '15h30\tAtelier B',
      'Mardi 6 octobre', '14h – 17h\tVisite',
    ]);
  });

  test('a cell merged down several time slots (rowspan) runs from its first slot to the end of its last (when written)', () => {
    const tree = htmlToMdast(
      '<table><tr><td></td><td><p>Monday 6 July</p></td><td><p>Tuesday 7 July</p></td></tr>' +
        '<tr><td><p>14.00 – 15.30</p></td><td rowspan="2"><p>Field visit</p></td><td><p>Lecture</p></td></tr>' +
        '<tr><td><p>15.30 – 17.00</p></td><td><p>Workshop</p></td></tr>' +
        '<tr><td><p>17.00</p></td><td rowspan="2"><p>Free time</p></td><td><p>Tea</p></td></tr>' +
        '<tr><td><p>19.00</p></td><td><p>Dinner</p></td></tr></table>',
    );
    expect(toLines(tree).lines.map((l) => l.text)).toEqual([
      'Monday 6 July', '14:00 – 17:00\tField visit', '17.00\tFree time',
      'Tuesday 7 July', '14.00 – 15.30\tLecture', '15.30 – 17.00\tWorkshop', '17.00\tTea', '19.00\tDinner',
    ]);
  });

  test('a cell merged across the day columns (colspan) is a session on each day it spans', () => {
    const tree = htmlToMdast(
      '<table><tr><td></td><td><p>Monday 6 July</p></td><td><p>Tuesday 7 July</p></td><td><p>Wednesday 8 July</p></td></tr>' +
        '<tr><td><p>11.00 – 11.30</p></td><td colspan="3"><p>Coffee break</p></td></tr>' +
        '<tr><td><p>11.30</p></td><td colspan="2"><p>Workshop</p></td><td></td></tr></table>',
    );
    const lines = toLines(tree).lines.map((l) => l.text);
    expect(lines).toEqual([
      'Monday 6 July', '11.00 – 11.30\tCoffee break', '11.30\tWorkshop',
      'Tuesday 7 July', '11.00 – 11.30\tCoffee break', '11.30\tWorkshop',
      'Wednesday 8 July', '11.00 – 11.30\tCoffee break',
    ]);
  });

  test('a table whose header names no days is left as it is', () => {
    const tree = htmlToMdast('<table><tr><td><p>Horaire</p></td><td><p>Séquence</p></td><td><p>Intervenants</p></td></tr><tr><td><p>9h</p></td><td><p>Accueil</p></td><td></td></tr></table>');
    const lines = toLines(tree).lines;
    expect(lines.map((l) => l.type)).toEqual(['tableRow', 'tableRow']);
  });
});
