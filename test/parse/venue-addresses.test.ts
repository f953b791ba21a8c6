// Venue lines from beyond France and Britain, and name/street splits the postcode alone does not settle.
import { expect, test } from 'vitest';
import { findVenue } from '../../src/parse/venue.js';

const venueOf = (...texts: string[]) => findVenue(texts.map((text, index) => ({ index, text })), () => false)?.venue ?? null;

test.each([
  ['Mildura Arts Centre, 199 Cureton Avenue, Mildura', 'Mildura Arts Centre', '199 Cureton Avenue', 'Mildura'],
  ['Kilbrack Community Centre, Main Street, Kilbrack', 'Kilbrack Community Centre', 'Main Street', 'Kilbrack'],
  ['Maison du peuple, 4 rue Jean-Jaurès, Saint-Claude', 'Maison du peuple', '4 rue Jean-Jaurès', 'Saint-Claude'],
])('no postcode: %j', (line, name, address, city) => {
  expect(venueOf('Annual Forum 2012', line)).toEqual({ name, address, postalCode: null, city, access: null });
});

test('a labelled venue without a postcode keeps its town apart', () => {
  expect(venueOf('Venue: Ó Cadhain Building, Newcastle Road, Ballinmore')).toMatchObject({ name: 'Ó Cadhain Building', address: 'Newcastle Road', city: 'Ballinmore' });
});

test('US: the state stays with the city, the street number is no postcode', () => {
  expect(venueOf('2023 Nonprofit Leadership Summit', 'Lakeview Conference Center, 2400 North Harbor Drive, Milwaukee, WI 53202')).toEqual({
    name: 'Lakeview Conference Center',
    address: '2400 North Harbor Drive',
    postalCode: '53202',
    city: 'Milwaukee, WI',
    access: null,
  });
});

test('a year opening a title is no postcode', () => {
  expect(venueOf('2019 Annual Conference of Rivers Trusts')).toBeNull();
  expect(venueOf('Hôtel de ville, 2000 Antwerpen')).toMatchObject({ postalCode: '2000', city: 'Antwerpen' });
});

test('name then a street not recognised as one, before the postcode', () => {
  expect(venueOf('Fellside Centre, Mill Brow, Kirkby Hartsmoor KH7 2RT')).toMatchObject({ name: 'Fellside Centre', address: 'Mill Brow', postalCode: 'KH7 2RT', city: 'Kirkby Hartsmoor' });
});

test('name and street on the line above the postcode line', () => {
  expect(venueOf('Palais des congrès de Chalmont, 3 esplanade Lamartine', '71990 Chalmont')).toMatchObject({
    name: 'Palais des congrès de Chalmont',
    address: '3 esplanade Lamartine',
    postalCode: '71990',
    city: 'Chalmont',
  });
});

test('dates and organisations are no address lines', () => {
  expect(venueOf('Thursday 19 February 2009, 9.45am - 3.30pm')).toBeNull();
  expect(venueOf('School of Geography and Archaeology, University of Ballinmore')).toBeNull();
});

test.each([
  [['Marlford Library', '8 Abbey Street', 'Marlford MF2 6BN'], 'Marlford Library', '8 Abbey Street', 'MF2 6BN'],
  [['Salle des Tanneurs', '12, quai de la Mégisserie', '71430 Saint-Vorles'], 'Salle des Tanneurs', '12, quai de la Mégisserie', '71430'],
  [['Salle polyvalente', 'rue des Écoles', '79470 Pressigny-les-Eaux'], 'Salle polyvalente', 'rue des Écoles', '79470'],
])('name, street and postcode on three lines: %j', (lines, name, address, postalCode) => {
  expect(venueOf(...lines)).toMatchObject({ name, address, postalCode });
});

test("a letterhead's own address at the top is not the venue when another follows the event's date", () => {
  const lines = ['Hebbleton Credit Union Partnership', 'Unit 4, Calder Mill, Wharf Street, Hebbleton HX9 3QJ', 'Annual Members’ Forum', 'Wednesday 10 November 2010', 'Hebbleton Town Hall, Crossley Street, Hebbleton HX9 1AA'];
  const found = findVenue(lines.map((text, index) => ({ index, text })), (index) => index === 3, 3);
  expect(found?.venue).toMatchObject({ name: 'Hebbleton Town Hall', postalCode: 'HX9 1AA' });
});

test('"Getting here:" gives directions', () => {
  expect(venueOf('Venue: St Anne’s Hall, 41 Orchard Lane, Knowle Vale KV3 9PL', 'Getting here: bus 12 to Orchard Lane')).toMatchObject({ access: 'bus 12 to Orchard Lane' });
});
