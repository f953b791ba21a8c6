// The title is never a label line nor a date line; an English name ending in an event word is the event (synthetic).
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string, file = 'p.txt') => extractProgramme(new TextEncoder().encode(text), file);
const scheduleEn = '\n\n10.00 Registration\n10.30 Welcome\n12.30 Lunch\n';
const schedule = '\n\n10h00 Accueil\n10h30 Ouverture\n12h30 Déjeuner\n';

test('a Date: line is never the title', async () => {
  const p = await parse(`Date: Monday 9 March 2026\nTime: 10am – 1pm\nVenue: Exbridge Library, 3 Bridge Street, Exbridge EX1 1AA${scheduleEn}`);
  expect(p.title).toBeNull();
});

test('a line that is mostly a date is never the title', async () => {
  const p = await parse(`Lundi 9 mars 2026\n\nSalle des fêtes, 3 place de la Mairie, 56000 Vannes${schedule}`);
  expect(p.title).toBeNull();
});

test('an English name ending in an event word is the event, above it the council is the organizer', async () => {
  const p = await parse(`Exbridge District Council\nLicensing Committee Member Training Day\n\nDate: Monday 9 March 2026${scheduleEn}`);
  expect(p.title).toBe('Licensing Committee Member Training Day');
  expect(p.organizers.map((o) => o.name)).toEqual(['Exbridge District Council']);
});

test('an organisation whose name ends in an organisation word stays the letterhead', async () => {
  const p = await parse(`Exbridge Rivers Forum\nAutumn Seminar 2026\n\nMonday 9 March 2026${scheduleEn}`);
  expect(p.title).toBe('Autumn Seminar 2026');
});
