// Parallel tracks (Time | Track A | Track B, Salle 1 | Salle 2): one session per filled track cell, a merged cell one plenary.
import { describe, expect, test } from 'vitest';
import { toLines } from '../../src/parse/lines.js';
import { extractProgramme } from '../../src/pipeline.js';
import { htmlToMdast } from '../../src/read/docx/html-to-mdast.js';

async function sessionsOf(markdown: string) {
  const programme = await extractProgramme(Buffer.from(markdown), 'tracks.md');
  return programme.sessions.map((s) => ({ start: s.start, end: s.end, title: s.title, speakers: s.speakers.map((p) => p.name), notes: s.notes }));
}

const page = (header: string, rows: string[]) => ['# Forum de l’habitat', '', 'Jeudi 12 mars 2026', '', header, '|---|---|---|', ...rows].join('\n');

describe('parallel tracks', () => {
  test('each filled track cell is a session at the row’s time, left to right; a lone cell or the same text twice is one; a repeated header is no content', async () => {
    const sessions = await sessionsOf(
      page('| Time | Track A | Track B |', [
        '| 9.30 | Registration | |',
        '| 10.00–11.00 | Retrofit<br>Mr Keith Barr (Calder Co-op) | Land trusts<br>Ms Sadia Malik (Homes Hub) |',
        '| 11.00–11.15 | Tea | Tea |',
        '| Time | Track A | Track B |',
        '| 11.15–12.00 | | Site visit |',
      ]),
    );
    expect(sessions).toEqual([
      { start: '09:30', end: null, title: 'Registration', speakers: [], notes: [] },
      { start: '10:00', end: '11:00', title: 'Retrofit', speakers: ['Mr Keith Barr'], notes: [] },
      { start: '10:00', end: '11:00', title: 'Land trusts', speakers: ['Ms Sadia Malik'], notes: [] },
      { start: '11:00', end: '11:15', title: 'Tea', speakers: [], notes: [] },
      { start: '11:15', end: '12:00', title: 'Site visit', speakers: [], notes: [] },
    ]);
  });

  test('rooms and workshops as tracks: Salle 1 | Salle 2, Atelier A | Atelier B, AMPHI A | AMPHI B', async () => {
    for (const header of ['| Horaire | Salle 1 | Salle 2 |', '| Horaire | Atelier A | Atelier B |', '| Horaire | AMPHI A | AMPHI B |', '| Horaire | Salle des fêtes | Salle du conseil |']) {
      const sessions = await sessionsOf(page(header, ['| 14h – 15h | Les haies | Les mares |']));
      expect(sessions.map((s) => [s.start, s.end, s.title])).toEqual([['14:00', '15:00', 'Les haies'], ['14:00', '15:00', 'Les mares']]);
    }
  });

  test('a cell merged across the tracks is one plenary session', () => {
    const tree = htmlToMdast(
      '<table><tr><td><p>Time</p></td><td><p>Stream 1</p></td><td><p>Stream 2</p></td></tr>' +
        '<tr><td><p>10.00</p></td><td colspan="2"><p>Opening plenary</p></td></tr>' +
        '<tr><td><p>10.30</p></td><td><p>Roads</p></td><td><p>Rivers</p></td></tr></table>',
    );
    expect(toLines(tree).lines.map((l) => l.cells?.map((c) => c.join(' ')))).toEqual([
      ['Time', 'Stream 1', 'Stream 2'],
      ['10.00', 'Opening plenary'],
      ['10.30', 'Roads'],
      ['10.30', 'Rivers'],
    ]);
  });

  test('ordinary schedule headers are not tracks: the row is one session with its speakers', async () => {
    const headers = ['| Horaire | Séquence | Intervenants |', '| Time | Session | Speakers |', '| When | What | Who |', '| Time | Session title | Session chair |', '| Heure | Atelier | Salle |'];
    for (const header of headers) {
      const sessions = await sessionsOf(page(header, ['| 10.00–11.00 | Retrofit | Mr Keith Barr (Calder Co-op) |']));
      expect(sessions.map((s) => s.title), header).toEqual(['Retrofit']);
    }
  });
});

test('tracks after a common morning: a header row of tracks further down the table', async () => {
  const sessions = await sessionsOf(
    page('| Time | Programme | |', [
      '| 09.15 – 09.45 | Registration and coffee | |',
      '| 10.00 – 10.45 | Keynote: housing as health infrastructure | |',
      '| 12.45 – 13.45 | Lunch | |',
      '| | Track 1 – Homelessness | Track 2 – Retrofit |',
      '| 13.45 – 14.45 | Preventing evictions | Insulating solid-wall homes |',
      '| 15.45 – 16.00 | Tea | |',
    ]),
  );
  expect(sessions.map((s) => [s.start, s.title, s.notes])).toEqual([
    ['09:15', 'Registration and coffee', []],
    ['10:00', 'Keynote: housing as health infrastructure', []],
    ['12:45', 'Lunch', []],
    ['13:45', 'Preventing evictions', []],
    ['13:45', 'Insulating solid-wall homes', []],
    ['15:45', 'Tea', []],
  ]);
});
