import { expect, test } from 'vitest';
import { findVenue } from '../../src/parse/venue.js';

const venueOf = (...texts: string[]) => findVenue(texts.map((text, index) => ({ index, text })), () => false)?.venue ?? null;

test('French: name line, street and postal code, access in brackets', () => {
  expect(venueOf('Idéal Connaissances,', '93 avenue de Fontainebleau, 94 270 Kremlin Bicêtre', '(sortie métro Kremlin-Bicêtre, ligne 7)')).toEqual({
    name: 'Idéal Connaissances',
    address: '93 avenue de Fontainebleau',
    postalCode: '94270',
    city: 'Kremlin Bicêtre',
    access: 'sortie métro Kremlin-Bicêtre, ligne 7',
  });
});

test('French: everything on one line', () => {
  expect(venueOf('Salle des fêtes, 12 rue de la Mairie, 35000 Rennes')).toEqual({
    name: 'Salle des fêtes',
    address: '12 rue de la Mairie',
    postalCode: '35000',
    city: 'Rennes',
    access: null,
  });
});

test('British: street without a number, city before the postcode', () => {
  expect(venueOf('Manchester Central, Windmill Street, Manchester M2 3GX')).toMatchObject({
    name: 'Manchester Central',
    address: 'Windmill Street',
    postalCode: 'M2 3GX',
    city: 'Manchester',
  });
});

test('a "Lieu :" line without a postal code', () => {
  expect(venueOf('Lieu : Maison des associations')).toMatchObject({ name: 'Maison des associations' });
});

test('no venue in ordinary prose', () => {
  expect(venueOf('Depuis la journée de lancement, l’actualité a été riche.')).toBeNull();
});

test('segments separated by dashes, an access line with its label', () => {
  expect(venueOf('Maison de quartier de la Halvêque – 12 rue du Croisic – 44300 Nantes', 'Accès : tram 1, arrêt Halvêque')).toEqual({
    name: 'Maison de quartier de la Halvêque',
    address: '12 rue du Croisic',
    postalCode: '44300',
    city: 'Nantes',
    access: 'tram 1, arrêt Halvêque',
  });
});
