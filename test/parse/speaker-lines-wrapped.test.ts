// Speaker lines as typed texts and other countries write them: a list wrapped onto a second line,
// Irish surnames with their particles, and a place's address under an evening item (no speaker).
import { expect, test } from 'vitest';
import { parseSpeakerLine } from '../../src/parse/speakers.js';
import { extractProgramme } from '../../src/pipeline.js';

const sessionsOf = async (lines: string[]) => (await extractProgramme(Buffer.from(lines.join('\n')), 'programme.txt')).sessions;

test('a list of speakers wrapped onto a second line is read as one line', async () => {
  const sessions = await sessionsOf([
    'Journée des bénévoles',
    'Samedi 8 octobre 2016',
    '',
    '14h00 - 15h15 : Table ronde « Être bénévole et travailler »',
    '   Avec Mme Carole Mazeau (club de basket de Chénérac), M. Joël Tixier',
    '   (district de football) et Mme Léa Bonnaud (comité départemental de judo)',
    '15h15 : Clôture',
  ]);
  expect(sessions[0]!.speakers).toEqual([
    { name: 'Mme Carole Mazeau', affiliation: 'club de basket de Chénérac' },
    { name: 'M. Joël Tixier', affiliation: 'district de football' },
    { name: 'Mme Léa Bonnaud', affiliation: 'comité départemental de judo' },
  ].map((s) => expect.objectContaining(s)));
  expect(sessions[0]!.notes).toEqual([]);
});

test('a short finished speaker line is not joined with the note below it', async () => {
  const sessions = await sessionsOf(['Rencontre', 'Jeudi 5 octobre 2017', '', '9h30 : Ouverture', '   Mme Anne Roux, présidente', '   pause-café offerte', '10h00 : Atelier']);
  expect(sessions[0]!.speakers).toEqual([expect.objectContaining({ name: 'Mme Anne Roux', affiliation: 'présidente' })]);
  expect(sessions[0]!.notes).toEqual(['pause-café offerte']);
});

test.each([
  ['Seán Ó Riordáin, Chairperson', 'Seán Ó Riordáin'],
  ['Áine Ní Bhriain (Heritage Council)', 'Áine Ní Bhriain'],
  ['Cathal Mac Giolla, Ballinmore Library', 'Cathal Mac Giolla'],
])('Irish name %j', (line, name) => {
  expect(parseSpeakerLine(line)?.[0]?.name).toBe(name);
});

test.each(['Tigh Mhurchú, Quay Street, Ballinmore', 'Bistro Kurrajong, 40 Kurrajong Street', 'Chez Marcel, 12 rue des Lilas'])('%j is a place, no speaker', (line) => {
  expect(parseSpeakerLine(line)).toBeNull();
});
