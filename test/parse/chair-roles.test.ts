// A person line whose bracket or tail names the chair / moderator role is a chair line (notes), not a speaker.
import { expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';
import { isChairLine } from '../../src/parse/speakers.js';

test.each([
  'Councillor Jane Doe (Chair)',
  'Cllr Sam Pike (chairman)',
  'Mme Claire Roux (présidente de séance)',
  'Jean Dupont (modérateur)',
  'Marie Lenoir – animation',
  'Dr Anna Webb - facilitator',
  'Paul Martin, modératrice',
  'Tom Reed (Chair of the session)',
])('%j is a chair line', (text) => {
  expect(isChairLine(text)).toBe(true);
});

test.each([
  'Mme Hélène Chabert, présidente',
  'Jane Doe, Chair',
  'Alison Thwaite, Chair, Northern Libraries Network',
  'Councillor Margaret Ellis, ARTP Chair, Greyford County Council',
  'M. Henri Blanchard (président de l’ATRI)',
  'Jean Dupont (Université de Tours)',
])('%j is not a chair line (an office, not the session role)', (text) => {
  expect(isChairLine(text)).toBe(false);
});

test('a chair line under an item goes to its notes, a speaker line to its speakers', async () => {
  const text = [
    'Village Forum',
    '',
    'Tuesday 3 March 2026',
    '',
    '18:30 Welcome and introductions',
    'Councillor Ann Drew (Chair)',
    '18:45 Policing update',
    'Inspector Raj Kumar, Neighbourhood Team',
    '19:30 Table ronde',
    'Mme Lise Caron (modératrice)',
    'M. Paul Ney, maire de Vals',
  ].join('\n');
  const p = await extractProgramme(new TextEncoder().encode(text), 'p.txt');
  expect(p.sessions.map((s) => [s.speakers.map((x) => x.name), s.notes])).toEqual([
    [[], ['Councillor Ann Drew (Chair)']],
    [['Inspector Raj Kumar'], []],
    [['M. Paul Ney'], ['Mme Lise Caron (modératrice)']],
  ]);
});
