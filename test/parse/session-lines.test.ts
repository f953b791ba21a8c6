// Lines under a timed item: speaker labels (par, Avec, Panellists), chair-like labels and rooms to the notes,
// untimed lines to the item above, and the layouts that place an item's time (own line above, after the title, ### heading).
import { describe, expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

async function sessionsOf(text: string, file = 'programme.txt') {
  const programme = await extractProgramme(Buffer.from(text), file);
  return programme.sessions.map((s) => ({
    start: s.start,
    end: s.end,
    title: s.title,
    speakers: s.speakers.map((p) => (p.affiliation ? `${p.name} | ${p.affiliation}` : p.name)),
    notes: s.notes,
  }));
}

describe('speaker and chair labels under an item', () => {
  test('par, Avec (commas and et, or semicolons), Panellists (with & in an organisation) name speakers; moderators, leaders and rooms go to the notes', async () => {
    const sessions = await sessionsOf(
      [
        'Journée d’étude du réseau',
        '',
        'Jeudi 12 mars 2026',
        '',
        '9h30 – Ouverture',
        'par Marie Lenoir, présidente de l’association',
        '10h – Table ronde : les archives',
        'Modératrice : Claire Dubois, journaliste',
        'Avec Paul Martin (Archives du Gard), Anne Roux (Musée de Nîmes) et Luc Petit (Ville d’Alès)',
        'Salle Tarn',
        '11h – Conférence',
        'Avec : Jean Dupuis, historien ; Sophie Blanc, Société d’histoire locale',
        '12h – Panel on funding',
        'Panellists: Mrs Judith Okafor (Okafor Freight Ltd); Ms Chen Lu (Lu & Partners Customs Brokers)',
        'Room 4',
        'Facilitated by Tom Reid',
        '14h – Workshop',
        'Led by Ms Chen Lu',
        'Animatrice : Julie Morel',
        'Modérateur : Marc Vidal',
      ].join('\n'),
    );
    expect(sessions.map((s) => [s.title, s.speakers, s.notes])).toEqual([
      ['Ouverture', ['Marie Lenoir | présidente de l’association'], []],
      ['Table ronde : les archives', ['Paul Martin | Archives du Gard', 'Anne Roux | Musée de Nîmes', 'Luc Petit | Ville d’Alès'], ['Modératrice : Claire Dubois, journaliste', 'Salle Tarn']],
      ['Conférence', ['Jean Dupuis | historien', 'Sophie Blanc | Société d’histoire locale'], []],
      ['Panel on funding', ['Mrs Judith Okafor | Okafor Freight Ltd', 'Ms Chen Lu | Lu & Partners Customs Brokers'], ['Room 4', 'Facilitated by Tom Reid']],
      ['Workshop', [], ['Led by Ms Chen Lu', 'Animatrice : Julie Morel', 'Modérateur : Marc Vidal']],
    ]);
  });
});

describe('where an item’s time stands', () => {
  test('after the title (“Welcome - 8.45”, “… - 8.55 to 9.30”, “- noon”); an untimed line goes to the item above', async () => {
    const sessions = await sessionsOf(
      [
        'Export breakfast',
        '',
        'Tuesday 10 March 2026',
        '',
        'Welcome - 8.45',
        'Mr Anil Chaudhry, President',
        'Keynote: Trade after the rules - 8.55 to 9.30',
        'Sir Malcolm Tivey, Chair, Kent Export Council',
        'Questions from the floor',
        'Coffee - 10.30',
        'Wrap-up and close - noon',
      ].join('\n'),
    );
    expect(sessions).toEqual([
      { start: '08:45', end: null, title: 'Welcome', speakers: ['Mr Anil Chaudhry | President'], notes: [] },
      { start: '08:55', end: '09:30', title: 'Keynote: Trade after the rules', speakers: ['Sir Malcolm Tivey | Chair, Kent Export Council'], notes: ['Questions from the floor'] },
      { start: '10:30', end: null, title: 'Coffee', speakers: [], notes: [] },
      { start: '12:00', end: null, title: 'Wrap-up and close', speakers: [], notes: [] },
    ]);
  });

  test('on its own line above the title; two items with the same time are two sessions; a paragraph after a visit is its note', async () => {
    const sessions = await sessionsOf(
      [
        'Colloque de l’eau',
        '',
        'Mercredi 14 octobre 2026',
        '',
        '9h30 – 10h',
        'Ouverture du colloque',
        'Salle Tarn',
        'Pr Anne Martin, Université de Nîmes',
        '10h',
        'Atelier A : les nappes',
        '10h',
        'Atelier B : les rivières',
        '15h',
        'Visite de la station',
        '',
        'Un car attend les participants devant l’entrée principale du bâtiment.',
        '17h',
        'Clôture',
      ].join('\n'),
    );
    expect(sessions).toEqual([
      { start: '09:30', end: '10:00', title: 'Ouverture du colloque', speakers: ['Pr Anne Martin | Université de Nîmes'], notes: ['Salle Tarn'] },
      { start: '10:00', end: null, title: 'Atelier A : les nappes', speakers: [], notes: [] },
      { start: '10:00', end: null, title: 'Atelier B : les rivières', speakers: [], notes: [] },
      { start: '15:00', end: null, title: 'Visite de la station', speakers: [], notes: ['Un car attend les participants devant l’entrée principale du bâtiment.'] },
      { start: '17:00', end: null, title: 'Clôture', speakers: [], notes: [] },
    ]);
  });

  test('a ### heading per item in Markdown, its speakers and an italic untimed line under it', async () => {
    const sessions = await sessionsOf(
      [
        '# Rencontre des jardins',
        '',
        'Samedi 14 mars 2026',
        '',
        '## Matinée',
        '',
        '### 9h30-10h – Accueil',
        '',
        '### 10h – Conférence',
        '',
        'Pr Jean Valette, sociologue : « Le jardin »',
        '',
        '*Échanges avec la salle*',
        '',
        '### 11h – Ateliers',
        '',
        '- Atelier 1 : semis',
        '- Atelier 2 : compost',
      ].join('\n'),
      'programme.md',
    );
    expect(sessions).toEqual([
      { start: '09:30', end: '10:00', title: 'Accueil', speakers: [], notes: [] },
      { start: '10:00', end: null, title: 'Conférence', speakers: ['Pr Jean Valette | sociologue'], notes: ['Échanges avec la salle'] },
      { start: '11:00', end: null, title: 'Ateliers', speakers: [], notes: ['Atelier 1 : semis', 'Atelier 2 : compost'] },
    ]);
  });
});
