// Pipe tables typed in plain text become mdast tables; a lone pipe in prose does not.
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { textToMdast } from '../../src/read/txt.js';

function tables(tree: Root): string[][][] {
  return tree.children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((row) => row.children.map((cell) => toString(cell))));
}

describe('pipe tables in plain text', () => {
  test('padded cells, no outer pipes, a ----+---- rule and empty trailing cells', () => {
    const tree = textToMdast(
      ['Programme', '', 'Time   | Session        | With', '-------+----------------+-----', '10:00  | Arrival        |', '10:30  | Talk: bees     | Ms Ann Lee', '', 'Book by 1 May.'].join('\n'),
    );
    expect(tables(tree)).toEqual([[['Time', 'Session', 'With'], ['10:00', 'Arrival', ''], ['10:30', 'Talk: bees', 'Ms Ann Lee']]]);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  test('outer pipes and a markdown rule; no rule at all', () => {
    const framed = textToMdast(['| Heure | Séquence |', '|:---|---|', '| 9h | Accueil |', '| 10h | Atelier |'].join('\n'));
    expect(tables(framed)).toEqual([[['Heure', 'Séquence'], ['9h', 'Accueil'], ['10h', 'Atelier']]]);
    const bare = textToMdast(['9h | Accueil', '10h | Atelier'].join('\n'));
    expect(tables(bare)).toEqual([[['9h', 'Accueil'], ['10h', 'Atelier']]]);
  });

  test('a single pipe in prose, or pipes on lines set apart, is no table', () => {
    const prose = textToMdast(['Association des Amis du Parc | Lyon', '', 'Salle des fêtes | Mairie', 'Samedi 3 mai'].join('\n'));
    expect(tables(prose)).toEqual([]);
    expect(prose.children.every((n) => n.type === 'paragraph')).toBe(true);
  });

  test('a pipe table in a .txt programme is read as a schedule table', async () => {
    const { extractProgramme } = await import('../../src/pipeline.js');
    const text = ['Tree Wardens Day', '', 'Saturday 9 May 2026', '', 'Time        | Session     | With', '------------+-------------+-----------', '10:00       | Arrival     |', '10:30-11:00 | Welcome     | Ms Jane Hill (Parish Council)'].join('\n');
    const programme = await extractProgramme(Buffer.from(text), 'day.txt');
    expect(programme.sessions.map((s) => [s.start, s.end, s.title, s.speakers.map((p) => p.name)])).toEqual([
      ['10:00', null, 'Arrival', []],
      ['10:30', '11:00', 'Welcome', ['Ms Jane Hill']],
    ]);
  });
});
