import { expect, test } from 'vitest';
import { classifySession } from '../../src/parse/kind.js';

test.each([
  ['Accueil café', 'welcome'],
  ['Café d’accueil', 'welcome'],
  ['Registration and coffee', 'welcome'],
  ['Pause', 'break'],
  ['Coffee break', 'break'],
  ['Pause déjeuner', 'meal'],
  ['Déjeuner sur place', 'meal'],
  ['Lunch', 'meal'],
  ['Cocktail dînatoire', 'meal'],
  ['Table ronde : l’avenir des communes', 'discussion'],
  ['1er temps d’échanges : les financements', 'discussion'],
  ['Panel: Community-led housing', 'discussion'],
  ['Débat avec la salle', 'discussion'],
  ['Conclusions de la journée', 'closing'],
  ['Clôture', 'closing'],
  ['Closing remarks', 'closing'],
  ['Présentation des résultats et échanges', 'talk'],
  ['Opening keynote: Housing after austerity', 'talk'],
  ['Conference dinner at the Old Town Hall', 'meal'],
  ['Policy roundtable', 'discussion'],
  ['Restitution des ateliers', 'discussion'],
  ['Mot d’accueil', 'welcome'],
  ['Introduction de la journée', 'talk'],
])('%j is %s', (title, kind) => {
  expect(classifySession(title, false)).toBe(kind);
});

test('an unnamed item is a talk when it has speakers, else other', () => {
  expect(classifySession('Les communs numériques', true)).toBe('talk');
  expect(classifySession('Visite du site', false)).toBe('other');
});
