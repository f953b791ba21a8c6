/** Labels that introduce a session's speakers on a sub-line: the label is dropped, the names are the speakers. */
import { describe, expect, test } from 'vitest';
import { parseSpeakerLine, speakerListIntro } from '../../src/parse/speakers.js';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string) => extractProgramme(new TextEncoder().encode(text), 'p.txt');

describe('a speaker label and its names', () => {
  test.each([
    ['Speaker: Cllr Ann Vale, President, Wessex Councils', [['Cllr Ann Vale', 'President, Wessex Councils']]],
    ['SPEAKER: Jo Hart, Clerk', [['Jo Hart', 'Clerk']]],
    ['Speakers: Dr Ann Lee (NHS); Tom Hart (Oxfam)', [['Dr Ann Lee', 'NHS'], ['Tom Hart', 'Oxfam']]],
    ['Intervenant : M. Paul Martin, maire de Brive', [['M. Paul Martin', 'maire de Brive']]],
    ['Intervenante : Mme Claire Dupuis, DGS', [['Mme Claire Dupuis', 'DGS']]],
    ['Intervenants : Claire Dupuis (CNFPT), Anne Roy (AMF)', [['Claire Dupuis', 'CNFPT'], ['Anne Roy', 'AMF']]],
    ['Présentation par Mme Claire Dupuis, DGS', [['Mme Claire Dupuis', 'DGS']]],
    ['Présentation par : Mme Claire Dupuis', [['Mme Claire Dupuis', null]]],
    ['Intervention de M. Paul Martin, maire de Brive', [['M. Paul Martin', 'maire de Brive']]],
    ['Intervention d’Anne Roy (AMF)', [['Anne Roy', 'AMF']]],
    ['With Jane Smith (Age UK)', [['Jane Smith', 'Age UK']]],
    ['Avec Mme Léa Fontanel (CPAM)', [['Mme Léa Fontanel', 'CPAM']]],
  ])('%j', (text, expected) => {
    const rest = speakerListIntro(text);
    expect(rest).not.toBeNull();
    const speakers = parseSpeakerLine(rest!, { listContext: true });
    expect(speakers?.map((s) => [s.name, s.affiliation])).toEqual(expected);
  });

  test.each(['with the support of the council', 'Intervention de la police municipale', 'Avec le soutien de la Région', 'Présentation du projet'])('%j is no speaker label', (text) => {
    expect(speakerListIntro(text)).toBeNull();
  });
});

describe('in a parsed programme', () => {
  test('labelled sub-lines give the speakers, singular and plural, English and French', async () => {
    const english = await parse(
      ['Members Day', '', 'Friday 7 June 2019', '', '10.00\tWelcome', '\tSpeaker: Cllr Ann Vale, President, Wessex Councils', '10.30\tKeynote', '\tSpeakers: Dr Ann Lee (NHS); Tom Hart (Oxfam)', '11.30\tClose'].join('\n'),
    );
    expect(english.sessions.map((s) => [s.title, s.speakers.map((p) => p.name), s.notes])).toEqual([
      ['Welcome', ['Cllr Ann Vale'], []],
      ['Keynote', ['Dr Ann Lee', 'Tom Hart'], []],
      ['Close', [], []],
    ]);
    const french = await parse(
      ['Journée d’étude', '', 'Jeudi 5 juin 2014', '', '9h30 : Ouverture', 'Intervention de M. Paul Martin, maire de Brive', '10h00 : Le budget', 'Présentation par Mme Claire Dupuis, DGS', '11h00 : Clôture'].join('\n'),
    );
    expect(french.sessions.map((s) => [s.title, s.speakers.map((p) => [p.name, p.affiliation]), s.notes])).toEqual([
      ['Ouverture', [['M. Paul Martin', 'maire de Brive']], []],
      ['Le budget', [['Mme Claire Dupuis', 'DGS']], []],
      ['Clôture', [], []],
    ]);
  });
});
