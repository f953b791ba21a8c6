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

test.each([
  ['at The Old Mill, 3 Quarry Lane, Leeds LS6 2AB', 'The Old Mill'],
  ['in Riverside Hall, 12 Mill Road, York YO1 7AA', 'Riverside Hall'],
  ['à la Maison des associations, 4 rue Haute, 31000 Toulouse', 'Maison des associations'],
  ['au Centre culturel, 8 place du Marché, 69002 Lyon', 'Centre culturel'],
  ['à l’Espace Brassens, 2 rue Basse, 44000 Nantes', 'Espace Brassens'],
])('a leading preposition is not part of the venue name: %j', (line, name) => {
  expect(venueOf(line)?.name).toBe(name);
});

test('a name that starts like a preposition is kept', () => {
  expect(venueOf('Institut Pasteur, 25 rue du Docteur Roux, 75015 Paris')?.name).toBe('Institut Pasteur');
  expect(venueOf('Atelier Bleu, 5 rue Verte, 75011 Paris')?.name).toBe('Atelier Bleu');
});
