/** Letters around a programme, and a title typed again on each page: what the title is. */
import { describe, expect, test } from 'vitest';
import type { SourceDocument } from '../../src/model/document.js';
import { parseProgramme } from '../../src/parse/index.js';
import { extractProgramme } from '../../src/pipeline.js';

const parse = (text: string) => extractProgramme(new TextEncoder().encode(text), 'p.txt');
const texts = (blocks: Array<{ type: string; text?: string }>) => blocks.map((b) => b.text);

describe('an invitation letter', () => {
  const letter = (subject: string, greeting: string, heading: string | null) =>
    [
      'Conseil départemental du Haut-Lignon',
      '',
      'Brives-sur-Lignon, le 14 mai 2018',
      '',
      subject,
      '',
      greeting,
      'J’ai le plaisir de vous inviter à notre prochaine rencontre. Ce temps d’échange s’adresse aux aidants et aux professionnels du domicile.',
      '',
      ...(heading ? [heading] : []),
      'Mardi 5 juin 2018, de 14 h à 17 h',
      '',
      '14h00 : Accueil',
      '14h30 : Table ronde',
      '16h30 : Clôture',
    ].join('\n');

  test('the event’s heading is the title; the subject line and the salutation are description', async () => {
    const programme = await parse(letter('Objet : invitation à la rencontre des aidants', 'Madame, Monsieur,', 'Rencontre départementale des aidants'));
    expect(programme.title).toBe('Rencontre départementale des aidants');
    expect(texts(programme.description)).toEqual(
      expect.arrayContaining(['Brives-sur-Lignon, le 14 mai 2018', 'Objet : invitation à la rencontre des aidants', 'Madame, Monsieur,']),
    );
  });

  test('in English: Subject:, Re:, Dear …,', async () => {
    for (const subject of ['Subject: invitation to the Members Forum 2018', 'Re: Members Forum 2018']) {
      const programme = await parse(letter(subject, 'Dear Members,', 'Autumn Members Day'));
      expect(programme.title).toBe('Autumn Members Day');
      expect(texts(programme.description)).toEqual(expect.arrayContaining([subject, 'Dear Members,']));
    }
  });

  test('with no heading of its own, the subject line names the event', async () => {
    const programme = await parse(letter('Objet : invitation à la rencontre départementale des aidants', 'Madame, Monsieur,', null));
    expect(programme.title).toBe('Rencontre départementale des aidants');
  });
});

describe('a title found only in the running header', () => {
  const doc = (headers: string[], body: string[]): SourceDocument => ({
    format: 'txt',
    tree: { type: 'root', children: body.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })) },
    headers,
    footnotes: [],
    metadata: {},
    warnings: [],
  }) as unknown as SourceDocument;
  const source = { file: 'p.docx', format: 'docx', sha256: '0'.repeat(64) } as const;
  const body = ['Friday 7 June 2019', '9.30am Registration', '10.00 Welcome', '11.00 Close'];

  test('the header line naming the event, not the letterhead nor a label line', () => {
    const programme = parseProgramme(doc(['Wessex Association of Local Councils (WALC)', 'Speaker: Cllr Ann Vale, President', 'Annual Conference: Councils and Climate'], body), source);
    expect(programme.title).toBe('Annual Conference: Councils and Climate');
  });

  test('a title on the page still wins over the header', () => {
    const programme = parseProgramme(doc(['Annual Conference 2019'], ['Autumn Members Day', ...body]), source);
    expect(programme.title).toBe('Autumn Members Day');
  });
});
