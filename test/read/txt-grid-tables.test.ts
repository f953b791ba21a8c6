// Grid tables typed in plain text (`+---+` between rows, a row over several lines) and underlined headings.
import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { expect, test } from 'vitest';
import { textToMdast } from '../../src/read/txt.js';
import { extractProgramme } from '../../src/pipeline.js';

/** Each table's rows, each cell as its lines (line breaks kept apart). */
function tables(tree: Root): string[][][][] {
  return tree.children
    .filter((n): n is Table => n.type === 'table')
    .map((t) => t.children.map((row) => row.children.map((cell) => cell.children.filter((c) => c.type === 'text').map((c) => toString(c)))));
}

const GRID = [
  '+---------------+--------------------------------+',
  '| Time          | Session                        |',
  '+===============+================================+',
  '| 14:00 - 14:15 | Welcome                        |',
  '|               | Prof. Ruth Adebayo, PVC        |',
  '+---------------+--------------------------------+',
  '| 14:15 - 15:15 | Keynote: assessment that       |',
  '|               | students learn from            |',
  '|               | Dr Marcus Hale, Wessendon      |',
  '+---------------+--------------------------------+',
];

test('a grid table: one row between two rules, wrapped lines joined, short ones kept apart', () => {
  expect(tables(textToMdast(GRID.join('\n')))).toEqual([
    [
      [['Time'], ['Session']],
      [['14:00 - 14:15'], ['Welcome', 'Prof. Ruth Adebayo, PVC']],
      [['14:15 - 15:15'], ['Keynote: assessment that students learn from', 'Dr Marcus Hale, Wessendon']],
    ],
  ]);
});

test('a line underlined with = or - is a heading; a short underline under a long line is not', () => {
  const tree = textToMdast(['THURSDAY 30 JUNE', '================', '', 'Afternoon', '---------', '', '[image: logo.png]UNES', '==='].join('\n'));
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => [h.depth, toString(h)]);
  expect(headings).toEqual([
    [1, 'THURSDAY 30 JUNE'],
    [2, 'Afternoon'],
  ]);
});

test('a programme in grid tables under underlined day headings, dates given once across two months', async () => {
  const text = ['Teaching Conference 2016', 'Thursday 30 June and Friday 1 July 2016', '', 'THURSDAY 30 JUNE', '================', '', ...GRID, '', 'FRIDAY 1 JULY', '=============', '', ...GRID.slice(0, 6)].join('\n');
  const programme = await extractProgramme(Buffer.from(text), 'conference.txt');
  expect(programme.days.map((d) => d.date)).toEqual(['2016-06-30', '2016-07-01']);
  expect(programme.sessions.map((s) => [s.date, s.start, s.title, s.speakers.map((p) => p.name)])).toEqual([
    ['2016-06-30', '14:00', 'Welcome', ['Prof. Ruth Adebayo']],
    ['2016-06-30', '14:15', 'Keynote: assessment that students learn from', ['Dr Marcus Hale']],
    ['2016-07-01', '14:00', 'Welcome', ['Prof. Ruth Adebayo']],
  ]);
});
