// Venue labels, street numbers before a comma, and what may be the venue's access (synthetic lines).
import { expect, test } from 'vitest';
import { findVenue } from '../../src/parse/venue.js';

const venueOf = (...texts: string[]) => findVenue(texts.map((text, index) => ({ index, text })), () => false)?.venue ?? null;

test('"Où ?" and "Venue:" labels are not part of the name', () => {
  expect(venueOf('Où ? Maison des Solidarités, 8 rue Voltaire, 69003 Lyon')).toMatchObject({ name: 'Maison des Solidarités', address: '8 rue Voltaire', postalCode: '69003', city: 'Lyon' });
  expect(venueOf('Venue: The Corn Exchange, 2 High Street, Exbridge EX4 1QA')).toMatchObject({ name: 'The Corn Exchange', address: '2 High Street', postalCode: 'EX4 1QA' });
  expect(venueOf('Adresse : Salle Jean-Moulin')).toMatchObject({ name: 'Salle Jean-Moulin' });
});

test('a "Lieu :" label alone: the venue is on the next line', () => {
  expect(venueOf('Lieu :', 'Salle des fêtes, 3 place de l’Église, 56000 Vannes')).toMatchObject({ name: 'Salle des fêtes', address: '3 place de l’Église', city: 'Vannes' });
});

test('"12, rue …" is an address; the name is the line above', () => {
  expect(venueOf('Maison de la Culture', '12, rue des Remparts, 21000 Dijon')).toEqual({
    name: 'Maison de la Culture',
    address: '12, rue des Remparts',
    postalCode: '21000',
    city: 'Dijon',
    access: null,
  });
});

test('"12, rue …" with no place named above: no name', () => {
  expect(venueOf('Nous vous attendons nombreux.', '12, rue des Remparts, 21000 Dijon')).toMatchObject({ name: null, address: '12, rue des Remparts' });
});

test('a prose paragraph below the address is not the access, even with a transport word', () => {
  const paragraph = 'Les communes rurales sont en première ligne face aux crues. Élus et techniciens sont invités à une journée d’échanges et à une visite de terrain.';
  expect(venueOf('Salle du Moulin, 4 chemin du Lavoir, 31000 Toulouse', paragraph)).toMatchObject({ access: null });
});

test('access: bracketed, labelled, or a short line of transport words', () => {
  expect(venueOf('Salle du Moulin, 4 chemin du Lavoir, 31000 Toulouse', '(métro ligne A, station Capitole)')).toMatchObject({ access: 'métro ligne A, station Capitole' });
  expect(venueOf('Hall 3, 1 Dock Road, Exbridge EX2 7PL', 'Getting there: bus 12 stops outside')).toMatchObject({ access: 'bus 12 stops outside' });
  expect(venueOf('Salle du Moulin, 4 chemin du Lavoir, 31000 Toulouse', 'Tram T1, arrêt Arènes')).toMatchObject({ access: 'Tram T1, arrêt Arènes' });
});

test('an access label further down the title page', () => {
  expect(venueOf('Venue: Hall 3, 1 Dock Road, Exbridge EX2 7PL', 'Time: 10am – 4pm', 'Directions: ten minutes’ walk from the station')).toMatchObject({
    name: 'Hall 3',
    access: 'ten minutes’ walk from the station',
  });
});

test('a "Lieu :" label alone above a name line and an address line', () => {
  const found = findVenue(['Lieu :', 'Salle des fêtes', '12, avenue Jean-Jaurès, 31000 Toulouse'].map((text, index) => ({ index, text })), () => false);
  expect(found?.venue).toEqual({ name: 'Salle des fêtes', address: '12, avenue Jean-Jaurès', postalCode: '31000', city: 'Toulouse', access: null });
  expect([...found!.used].sort()).toEqual([0, 1, 2]);
});

test('"Accès : libre et gratuit" is about admission, not directions', () => {
  expect(venueOf('Salle du Moulin, 4 chemin du Lavoir, 31000 Toulouse', 'Accès : libre et gratuit')).toMatchObject({ access: null });
  expect(venueOf('Venue: Hall 3, 1 Dock Road, Exbridge EX2 7PL', 'Access: free, booking required')).toMatchObject({ access: null });
  expect(venueOf('Salle du Moulin, 4 chemin du Lavoir, 31000 Toulouse', 'Accès : tram T1, arrêt Arènes')).toMatchObject({ access: 'tram T1, arrêt Arènes' });
});

test('an access label about parking or the way in is directions, even when free', () => {
  expect(venueOf('Salle du Moulin, 4 chemin du Lavoir, 31000 Toulouse', 'Accès : parking gratuit derrière l’église')).toMatchObject({ access: 'parking gratuit derrière l’église' });
  expect(venueOf('Venue: Hall 3, 1 Dock Road, Exbridge EX2 7PL', 'Access: step-free entrance on Dock Road')).toMatchObject({ access: 'step-free entrance on Dock Road' });
});
