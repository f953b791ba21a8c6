import { describe, expect, test } from 'vitest';
import { readLabel, readLabelRow, withoutLabel } from '../../src/parse/labels.js';

describe('label lines', () => {
  test.each([
    ['Date : jeudi 4 juin 2026', 'date', 'jeudi 4 juin 2026'],
    ['Date: Friday 12 June 2026', 'date', 'Friday 12 June 2026'],
    ['Quand ? Lundi 7 septembre', 'date', 'Lundi 7 septembre'],
    ['Quand\u00a0? Lundi 7 septembre', 'date', 'Lundi 7 septembre'],
    ['When: 3 May 2027', 'date', '3 May 2027'],
    ['Le : 9 octobre 2026', 'date', '9 octobre 2026'],
    ['Time: 10am – 3pm', 'time', '10am – 3pm'],
    ['Horaires : 9h – 17h', 'time', '9h – 17h'],
    ['Heure : 18h', 'time', '18h'],
    ['Venue: The Old Granary', 'venue', 'The Old Granary'],
    ['Lieu : Salle polyvalente', 'venue', 'Salle polyvalente'],
    ['Où ? Maison du peuple', 'venue', 'Maison du peuple'],
    ['Where? Town Hall', 'venue', 'Town Hall'],
    ['Adresse : 5 place du Marché', 'venue', '5 place du Marché'],
    ['Getting there: train to Exbridge', 'access', 'train to Exbridge'],
    ['Accès : tram A', 'access', 'tram A'],
    ['Access: lift from the car park', 'access', 'lift from the car park'],
    ['Directions: follow the signs', 'access', 'follow the signs'],
    ['Lieu :', 'venue', ''],
  ])('%j', (text, kind, value) => {
    expect(readLabel(text)).toMatchObject({ kind, value });
  });

  test.each(['Dates to remember are below', 'Le programme de la journée', 'Where we stand: a debate', 'Timetable', 'Accessibilité des lieux', 'Lieux de mémoire : une visite'])(
    '%j has no label',
    (text) => {
      expect(readLabel(text)).toBeNull();
    },
  );

  test('the label is not part of the value', () => {
    expect(withoutLabel('Où ? Maison du peuple')).toBe('Maison du peuple');
    expect(withoutLabel('Accès : tram A', ['venue'])).toBe('Accès : tram A');
    expect(withoutLabel('Maison du peuple')).toBe('Maison du peuple');
  });
});

describe('a table row opening with a label cell', () => {
  test('the label alone in the first cell, the other cells its value', () => {
    expect(readLabelRow([['Date'], ['Monday 2 March 2026']])).toMatchObject({ kind: 'date', value: 'Monday 2 March 2026' });
    expect(readLabelRow([['Lieu :'], ['Salle Molière', '3 rue Haute, 69001 Lyon']])).toMatchObject({ kind: 'venue', value: 'Salle Molière, 3 rue Haute, 69001 Lyon' });
  });
  test('a cell with more than a label, or a single cell, is no label row', () => {
    expect(readLabelRow([['Date of the next meeting'], ['tbc']])).toBeNull();
    expect(readLabelRow([['Date']])).toBeNull();
  });
});
