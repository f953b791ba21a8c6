// Kinds: business items are other; plural round tables, Q&A sessions, "Forum supper", registration as a subject.
import { expect, test } from 'vitest';
import { classifySession } from '../../src/parse/kind.js';

test.each([
  ['Apologies', false, 'other'],
  ['2. Apologies and notes of the last meeting', false, 'other'],
  ['Apologies for absence', false, 'other'],
  ['Minutes of the last meeting and matters arising', false, 'other'],
  ['Matters arising', false, 'other'],
  ['Approval of the minutes of the previous Forum', false, 'other'],
  ['Approbation du procès-verbal de la dernière assemblée', false, 'other'],
  ['Adoption du compte rendu de la séance précédente', false, 'other'],
  ['Tables rondes simultanées', false, 'discussion'],
  ['Round tables in parallel', false, 'discussion'],
  ['Question and answer session with officers', true, 'discussion'],
  ['Questions and answers', false, 'discussion'],
  ['Forum supper at the Red Lion', false, 'meal'],
  ['Workshop lunch', false, 'meal'],
  ['Supper', false, 'meal'],
  ['Déjeuner-débat', false, 'meal'],
  ['La fiscalité locale : inscriptions budgétaires', true, 'talk'],
  ['Accueil et inscriptions', false, 'welcome'],
  ['Inscriptions', false, 'welcome'],
  ['Synthèse', true, 'talk'],
  ['Report back and discussion', false, 'discussion'],
] as const)('%j → %s', (title, hasSpeakers, kind) => {
  expect(classifySession(title, hasSpeakers)).toBe(kind);
});
