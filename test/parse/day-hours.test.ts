import { describe, expect, test } from 'vitest';
import { classifyLine } from '../../src/parse/classify.js';
import type { Line } from '../../src/parse/lines.js';

const line = (text: string): Line => ({ text, raw: text, type: 'paragraph', strong: false, blankLinesBefore: 0, pageBreakBefore: false, indent: 0, footnoteRefs: [] });

describe('a date with the day’s hours beside it', () => {
  test('in a document whose times trail the titles, a dated line stays a date', () => {
    const info = classifyLine(line('Thursday 12 November 2026, 7.30am - 12 noon'), 'en', 'trailing');
    expect(info.time).toBeNull();
    expect(info.date).toMatchObject({ date: '2026-11-12', hours: { start: '07:30', end: '12:00' } });
  });
});

import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string, file = 'p.txt') => extractProgramme(new TextEncoder().encode(text), file);
const days = async (text: string, file?: string) => (await parse(text, file)).days.map(({ date, start, end }) => ({ date, start, end }));
const schedule = '\n\n10h00 Accueil\n10h30 Ouverture\n12h30 Déjeuner\n';
const scheduleEn = '\n\n10.00 Registration\n10.30 Welcome\n12.30 Lunch\n';

describe('the day and its hours on the title page', () => {
  test('hours in brackets after the date', async () => {
    expect(await days(`Journée des archivistes\n\nJeudi 8 octobre 2026 (9 h 30 – 16 h)${schedule}`)).toEqual([{ date: '2026-10-08', start: '09:30', end: '16:00' }]);
  });

  test('hours after a comma', async () => {
    expect(await days(`Forum des aidants\n\nMardi 3 novembre 2026, 9h-16h30${schedule}`)).toEqual([{ date: '2026-11-03', start: '09:00', end: '16:30' }]);
  });

  test('hours ending at noon', async () => {
    expect(await days(`Breakfast Briefing\n\nWednesday 4 March 2026, 7.30am - 12 noon${scheduleEn}`)).toEqual([{ date: '2026-03-04', start: '07:30', end: '12:00' }]);
  });

  test('a Date: label does not hide the date, a Time: line gives the hours', async () => {
    const p = await parse(`Volunteer Training Day\nDate: Saturday 7 March 2026\nTime: 9.30am – 3.30pm\nVenue: Parish Hall, Mill Lane, Exbridge EX1 2AB${scheduleEn}`);
    expect(p.days.map(({ date, start, end }) => ({ date, start, end }))).toEqual([{ date: '2026-03-07', start: '09:30', end: '15:30' }]);
    expect(p.sessions.map((s) => [s.date, s.start, s.title])).toEqual([
      ['2026-03-07', '10:00', 'Registration'],
      ['2026-03-07', '10:30', 'Welcome'],
      ['2026-03-07', '12:30', 'Lunch'],
    ]);
    expect(p.title).toBe('Volunteer Training Day');
  });

  test('labels in French, bold in Markdown, the Time label away from the date', async () => {
    const p = await parse(`# Rencontre des jardins\n\n**Quand ?** Samedi 6 juin 2026  \n**Où ?** Jardin des Plantes, 2 rue Lamarck, 44000 Nantes\n\nHoraires : 9h – 17h${schedule}`, 'p.md');
    expect(p.days.map(({ date, start, end }) => ({ date, start, end }))).toEqual([{ date: '2026-06-06', start: '09:00', end: '17:00' }]);
    expect(p.sessions[0]).toMatchObject({ date: '2026-06-06', start: '10:00' });
  });

  test('hours in am/pm after a When: label', async () => {
    expect(await days(`Parish Meeting\nWhen: Monday 18 May 2026, 7pm – 9pm\n\n7.00pm Welcome\n7.15pm Reports\n8.45pm Close\n`)).toEqual([{ date: '2026-05-18', start: '19:00', end: '21:00' }]);
  });

  test('Le : label', async () => {
    expect(await days(`Assemblée générale\n\nLe : jeudi 2 avril 2026${schedule}`)).toEqual([{ date: '2026-04-02', start: null, end: null }]);
  });
});

describe('a title-page table of label cells', () => {
  test('Date, Time and Venue rows give the day, its hours and the venue', async () => {
    const md = `# Tenants’ Forum Spring Meeting\n\n| Date | Wednesday 15 April 2026 |\n|---|---|\n| Time | 10am – 2pm (lunch provided) |\n| Venue | Community Hub, 4 Mill Lane, Exbridge EX2 3CD |\n${scheduleEn}`;
    const p = await parse(md, 'p.md');
    expect(p.days.map(({ date, start, end }) => ({ date, start, end }))).toEqual([{ date: '2026-04-15', start: '10:00', end: '14:00' }]);
    expect(p.venue).toMatchObject({ name: 'Community Hub', address: '4 Mill Lane', postalCode: 'EX2 3CD' });
    expect(p.sessions.map((s) => [s.date, s.start])).toEqual([['2026-04-15', '10:00'], ['2026-04-15', '10:30'], ['2026-04-15', '12:30']]);
    expect(p.description).toEqual([]);
  });
});
