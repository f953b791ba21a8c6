import { describe, expect, test } from 'vitest';
import { isChairLine, parseSpeakerLine, speakerListIntro } from '../../src/parse/speakers.js';

const one = (name: string, affiliation: string | null = null, topic: string | null = null) => ({ name, affiliation, topic });

describe('speaker lines', () => {
  test.each([
    ['Henri Arévalo, vice-président du RTES', [one('Henri Arévalo', 'vice-président du RTES')]],
    ['Stéphane Berdoulet (Phares)', [one('Stéphane Berdoulet', 'Phares')]],
    ['Aurélie Marand\u00a0: les modalités d’inscription', [one('Aurélie Marand', null, 'les modalités d’inscription')]],
    ['Marie-Thérèse Gansoinat Ravaine : intérêt d’une démarche', [one('Marie-Thérèse Gansoinat Ravaine', null, 'intérêt d’une démarche')]],
    ['Dr Jane Whitfield (University of Leeds) – the state of housing', [one('Dr Jane Whitfield', 'University of Leeds', 'the state of housing')]],
    ['Jane Smith, Director, Leeds City Council', [one('Jane Smith', 'Director, Leeds City Council')]],
    ['Mme Claire Lefèvre, maire de Saint-Aubin', [one('Mme Claire Lefèvre', 'maire de Saint-Aubin')]],
    ['M. Dupont', [one('M. Dupont')]],
    ['Prof. Alan Greaves', [one('Prof. Alan Greaves')]],
    ['Cllr Tom Barker, Salford City Council', [one('Cllr Tom Barker', 'Salford City Council')]],
    ['Jean-Pierre DURAND (Ville de Lyon)', [one('Jean-Pierre DURAND', 'Ville de Lyon')]],
    ["Peter O'Neil, Homes England", [one("Peter O'Neil", 'Homes England')]],
    ['Ana Larrègle (Plaine Commune) et Stéphane Berdoulet (Phares)', [one('Ana Larrègle', 'Plaine Commune'), one('Stéphane Berdoulet', 'Phares')]],
    ['Amira Khan, Leeds Community Homes; Peter Hall, Homes England', [one('Amira Khan', 'Leeds Community Homes'), one('Peter Hall', 'Homes England')]],
  ])('%j', (text, expected) => {
    expect(parseSpeakerLine(text)).toEqual(expected);
  });

  test('a comma list of names, after "Intervenants :"', () => {
    expect(parseSpeakerLine('Ana Larrègle, Stéphane Berdoulet, Paul Garnier', { listContext: true })).toEqual([
      one('Ana Larrègle'),
      one('Stéphane Berdoulet'),
      one('Paul Garnier'),
    ]);
  });

  test.each([
    'Présentation des résultats de l’étude',
    'Atelier 1 – Mobilités',
    'Workshop 2 – Planning reform',
    'Pause café',
    'Questions de la salle',
    'Tickets cost £95 for members.',
    'Salle des fêtes, 12 rue de la Mairie',
  ])('%j is not a speaker line', (text) => {
    expect(parseSpeakerLine(text)).toBeNull();
  });

  test.each(['Animation : Sophie Martin', 'Animée par Sophie Martin, journaliste', 'Modération : Paul Roux', 'Chair: Cllr Tom Barker', 'Chaired by Ann Lee', 'Moderator: Jo Bell'])(
    '%j is a chair line',
    (text) => expect(isChairLine(text)).toBe(true),
  );

  test('speaker list introducers', () => {
    expect(speakerListIntro('Intervenants :')).toBe('');
    expect(speakerListIntro('Intervenant·e·s : Ana Larrègle')).toBe('Ana Larrègle');
    expect(speakerListIntro('Speakers: Amira Khan, Peter Hall')).toBe('Amira Khan, Peter Hall');
    expect(speakerListIntro('Avec la participation des habitants')).toBeNull();
  });
});

describe('speaker lists', () => {
  test('"A (Org), B (Org) et C (Org)" after an introducer', () => {
    expect(parseSpeakerLine('Yannick Morel (Banque Alimentaire), Dr Claire Audibert (Institut de Nutrition) et Mme Rose Kaya (Ville de Saint-Herblain)', { listContext: true })).toEqual([
      one('Yannick Morel', 'Banque Alimentaire'),
      one('Dr Claire Audibert', 'Institut de Nutrition'),
      one('Mme Rose Kaya', 'Ville de Saint-Herblain'),
    ]);
  });

  test('"Name, Organisation" in a list stays one person', () => {
    expect(parseSpeakerLine('Sandrine Roche, Laboratoire Ville Mobilité Transport', { listContext: true })).toEqual([
      one('Sandrine Roche', 'Laboratoire Ville Mobilité Transport'),
    ]);
  });

  test('"Led by" is a chair line', () => {
    expect(isChairLine('Led by Cllr Janet Okoro and Peter Lamb, head ranger')).toBe(true);
  });
});

describe('"&", "and", "et" inside an organisation', () => {
  test.each([
    ['Jo Pemberton, Ashford & Wye Borough Council – flood maps', [one('Jo Pemberton', 'Ashford & Wye Borough Council', 'flood maps')]],
    ['Lena Ortiz, Head of Arts & Culture, Dunmore', [one('Lena Ortiz', 'Head of Arts & Culture, Dunmore')]],
    ['Lena Ortiz, Crafts & Makers Guild', [one('Lena Ortiz', 'Crafts & Makers Guild')]],
    ['Omar Quint (Kettle & Pike Partners)', [one('Omar Quint', 'Kettle & Pike Partners')]],
    ['Jeanne Morvan, Ville de Quimper et Quimper Bretagne Occidentale', [one('Jeanne Morvan', 'Ville de Quimper et Quimper Bretagne Occidentale')]],
  ])('%j stays one speaker', (text, expected) => {
    expect(parseSpeakerLine(text)).toEqual(expected);
  });

  test.each([
    ['Lena Ortiz & Omar Quint', [one('Lena Ortiz'), one('Omar Quint')]],
    ['Lena Ortiz (Dunmore Arts) & Omar Quint (Kettle Partners)', [one('Lena Ortiz', 'Dunmore Arts'), one('Omar Quint', 'Kettle Partners')]],
    ['Lena Ortiz, Dunmore Arts & Dr Omar Quint', [one('Lena Ortiz', 'Dunmore Arts'), one('Dr Omar Quint')]],
    ['Mme Jeanne Morvan et M. Paul Kerhervé', [one('Mme Jeanne Morvan'), one('M. Paul Kerhervé')]],
  ])('%j is two speakers', (text, expected) => {
    expect(parseSpeakerLine(text)).toEqual(expected);
  });
});
