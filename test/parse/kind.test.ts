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
  ['Point 6 : any other business', 'discussion'],
  ['AOB', 'discussion'],
  ['Questions diverses', 'discussion'],
  ['Points divers', 'discussion'],
  ['Tour de table des adhérents', 'discussion'],
  ['Questions-réponses', 'discussion'],
  ['Q&A with the panel', 'discussion'],
  ['Q and A', 'discussion'],
  ['Échanges avec la salle', 'discussion'],
  ['Plenary: report back from the groups', 'discussion'],
  ['Plénière : mise en commun', 'discussion'],
  ['Plenary', 'talk'],
  ['Séance plénière : la politique de la ville', 'talk'],
  ['Closing plenary', 'closing'],
  ['Grand témoin : ce que nous retenons des échanges', 'talk'],
  ['Treasurer’s report', 'talk'],
  ['Rapport d’orientation', 'talk'],
  ['Bilan de la saison et perspectives', 'talk'],
  ['Bilan de la journée', 'closing'],
  ['Hands-on session: building a budget', 'discussion'],
  ['Pause goûter', 'break'],
  ['Collation', 'break'],
  ['Parallel sessions', 'talk'],
  ['Sessions parallèles', 'talk'],
])('%j is %s', (title, kind) => {
  expect(classifySession(title, false)).toBe(kind);
});

test('an unnamed item is a talk when it has speakers, else other', () => {
  expect(classifySession('Les communs numériques', true)).toBe('talk');
  expect(classifySession('Visite du site', false)).toBe('other');
});
