// Layouts of programmes written the modern way or pasted from newsletters: session titles as headings with
// their time under them, the event's date and venue inside a sentence, a newsletter's own name above the event.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

test('each session title a heading, its time alone on the line under it', async () => {
  const md = ['# Good Food Summit 2022', '', 'Tuesday 21 June 2022', '', '### Registration and coffee', '', '10:00 – 10:30', '', '### Welcome', '', '10:30 – 10:45', '', '*Cllr Ruth Adeyemi, Eastholm City Council*'].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'summit.md');
  expect(programme.sessions.map((s) => [s.date, s.start, s.end, s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['2022-06-21', '10:00', '10:30', 'Registration and coffee', []],
    ['2022-06-21', '10:30', '10:45', 'Welcome', ['Cllr Ruth Adeyemi']],
  ]);
});

test("a newsletter: the event's heading, and its date, hours and venue in a sentence", async () => {
  const md = [
    '# La Lettre des jardins partagés – n° 42, novembre 2016',
    '',
    '## Forum des jardins partagés 2016',
    '',
    'Le réseau organise son forum annuel le **jeudi 24 novembre 2016, de 14h à 18h30**, à la Maison des associations, 12 rue Gambetta, 27300 Orvane (bus ligne 3, arrêt Mairie). Inscription avant le 20 novembre 2016.',
    '',
    '- 14h00 – Accueil café',
    '- 14h30 – Ouverture du forum',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(md), 'lettre.md');
  expect(programme.title).toBe('Forum des jardins partagés 2016');
  expect(programme.days).toEqual([expect.objectContaining({ date: '2016-11-24', start: '14:00', end: '18:30' })]);
  expect(programme.venue).toEqual({ name: 'Maison des associations', address: '12 rue Gambetta', postalCode: '27300', city: 'Orvane', access: 'bus ligne 3, arrêt Mairie' });
  expect(programme.sessions.map((s) => [s.date, s.start, s.title])).toEqual([
    ['2016-11-24', '14:00', 'Accueil café'],
    ['2016-11-24', '14:30', 'Ouverture du forum'],
  ]);
});

test('a deadline in a sentence is not the event’s day', async () => {
  const text = ['Forum', '', 'Inscription avant le 20 novembre 2016 auprès du secrétariat du réseau.', '', '14h00 – Accueil'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'forum.txt');
  expect(programme.days).toEqual([]);
});

test('"A conference for …" under the title describes the event; the title stays', async () => {
  const text = ['Oxdale Rural Community Council', '', 'Keeping the Village Shop Open', 'A conference for shopkeepers, parish councils and community shop committees', 'Thursday 8th November 2001', '', '9.30 Registration'].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'shops.txt');
  expect(programme.title).toBe('Keeping the Village Shop Open');
});

test('each title followed by its labelled time, room and speaker', async () => {
  const text = [
    'Journée d’actualité statutaire 2026',
    'Date : jeudi 12/03/2026, de 9h00 à 16h30',
    '',
    'Programme',
    '',
    '**Accueil des participants**',
    'Heure : 9h00 – 9h30',
    'Salle : hall d’entrée',
    '',
    '**Ouverture de la journée**',
    'Heure : 9h30',
    'Intervenant : M. Didier Fauvel, président du CDG-HS',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'journee.md');
  expect(programme.sessions.map((s) => [s.date, s.start, s.end, s.title, s.speakers.map((p) => p.name), s.notes])).toEqual([
    ['2026-03-12', '09:00', '09:30', 'Accueil des participants', [], ['Salle : hall d’entrée']],
    ['2026-03-12', '09:30', null, 'Ouverture de la journée', ['M. Didier Fauvel'], []],
  ]);
});

test('a venue in a sentence with no preposition before it, and a group as the letterhead', async () => {
  const text = [
    'Wendover Soil Science Group',
    'Carbon Below Ground: Soils, Farming and Climate',
    '',
    'Le conseil se réunira en séance publique le 12/06/2003 de 18h30 à 21h00, salle polyvalente de l’école Jules-Ferry, 4 rue des Écoles, 63990 Montferrand-le-Haut.',
    '',
    '18h30 : Accueil',
  ].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'conseil.txt');
  expect(programme.title).toBe('Carbon Below Ground: Soils, Farming and Climate');
  expect(programme.venue).toMatchObject({ name: 'salle polyvalente de l’école Jules-Ferry', address: '4 rue des Écoles', postalCode: '63990' });
});
