// Tables with the start and the end in two columns (Début | Fin | Contenu, Start | End | Session).
import { describe, expect, test } from 'vitest';
import { extractProgramme } from '../../src/pipeline.js';

async function sessionsOf(markdown: string) {
  const programme = await extractProgramme(Buffer.from(markdown), 'table.md');
  return programme.sessions.map((s) => ({ start: s.start, end: s.end, title: s.title, speakers: s.speakers.map((p) => p.name) }));
}

describe('start and end columns', () => {
  test('the first two cells are the start and the end; the header row is layout', async () => {
    const sessions = await sessionsOf(
      [
        '# Journée des jardiniers',
        '',
        'Samedi 4 avril 2026',
        '',
        '| Début | Fin | Contenu | Intervenant(s) |',
        '|---|---|---|---|',
        '| 9:00 | 9:30 | Accueil | |',
        '| 9:30 | 11:00 | Les sols vivants | Mme Lucie Arnaud (Terres d’Oc) |',
        '| 12:00 | | Déjeuner | |',
      ].join('\n'),
    );
    expect(sessions).toEqual([
      { start: '09:00', end: '09:30', title: 'Accueil', speakers: [] },
      { start: '09:30', end: '11:00', title: 'Les sols vivants', speakers: ['Mme Lucie Arnaud'] },
      { start: '12:00', end: null, title: 'Déjeuner', speakers: [] },
    ]);
  });

  test('English From | To and Start | End tables', async () => {
    for (const header of ['| From | To | Session | Speaker |', '| Start | End | Session | Speaker |']) {
      const sessions = await sessionsOf(
        ['# Tree Wardens Day', '', 'Saturday 9 May 2026', '', header, '|---|---|---|---|', '| 10.00am | 10.30am | Welcome | Ms Jane Hill |', '| 2.00pm | 3.00pm | Walk | |'].join('\n'),
      );
      expect(sessions).toEqual([
        { start: '10:00', end: '10:30', title: 'Welcome', speakers: ['Ms Jane Hill'] },
        { start: '14:00', end: '15:00', title: 'Walk', speakers: [] },
      ]);
    }
  });

  test('a time | title | speakers table is not taken for start and end columns', async () => {
    const sessions = await sessionsOf(
      ['# Tree Wardens Day', '', 'Saturday 9 May 2026', '', '| Time | Session | Speakers |', '|---|---|---|', '| 10.00 – 10.30 | Welcome | Ms Jane Hill |', '| 10.30 | Walk | |'].join('\n'),
    );
    expect(sessions).toEqual([
      { start: '10:00', end: '10:30', title: 'Welcome', speakers: ['Ms Jane Hill'] },
      { start: '10:30', end: null, title: 'Walk', speakers: [] },
    ]);
  });
});
