// Which title-page line is the title, and which goes to the organizers (small synthetic programmes).
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string, file = 'p.txt') => extractProgramme(new TextEncoder().encode(text), file);
const schedule = '\n\n9h30 Accueil\n10h00 Ouverture\n12h00 Déjeuner\n';
const scheduleEn = '\n\n9:30 Registration\n10:00 Welcome\n12:00 Lunch\n';

test('a bold organisation line above a bold event line: the event is the title, the organisation an organizer', async () => {
  const p = await parse(`**Réseau des jardins partagés de l’Ouest**\n\n**Forum des semences paysannes**\n\nSamedi 12 avril 2025${schedule}`, 'p.md');
  expect(p.title).toBe('Forum des semences paysannes');
  expect(p.organizers.map((o) => o.name)).toEqual(['Réseau des jardins partagés de l’Ouest']);
});

test('an organisation named "… Forum" stays the letterhead', async () => {
  const p = await parse(`Eastern Rivers Forum\nSpring Seminar 2024\n\nTuesday 9 April 2024${scheduleEn}`);
  expect(p.title).toBe('Spring Seminar 2024');
  expect(p.organizers.map((o) => o.name)).toEqual(['Eastern Rivers Forum']);
});

test('the most prominent heading wins over a smaller organisation heading', async () => {
  const p = await parse(`## Association des amis du canal\n\n# Journée du patrimoine fluvial\n\nDimanche 14 septembre 2025${schedule}`, 'p.md');
  expect(p.title).toBe('Journée du patrimoine fluvial');
});

test('a notice sentence is not the title when a heading-like line names the event', async () => {
  const p = await parse(
    `HILLSIDE ALLOTMENT SOCIETY LIMITED\n\nAnnual General Meeting\n\nThe committee is pleased to announce that the Annual General Meeting of the society will be held on\n\nSunday 2 March 2025\n\nat the Pavilion, 4 Orchard Road, Leeds LS6 1AA${scheduleEn}`,
  );
  expect(p.title).toBe('Annual General Meeting');
  expect(p.organizers.map((o) => o.name)).toEqual(['HILLSIDE ALLOTMENT SOCIETY LIMITED']);
  expect(p.venue?.name).toBe('the Pavilion');
});

test('with no heading-like line, the event is taken out of the notice sentence', async () => {
  const p = await parse(`Notice is hereby given that the Extraordinary General Meeting of members will be held on\n\nMonday 3 February 2025${scheduleEn}`);
  expect(p.title).toBe('Extraordinary General Meeting of members');
});
