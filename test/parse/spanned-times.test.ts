// A time cell merged down beside parallel workshops: each workshop is a session at that time.
import type { Root, RootContent, TableCell, TableRow } from 'mdast';
import { expect, test } from 'vitest';
import { parseProgramme } from '../../src/parse/index.js';

const cell = (text: string, rowSpan?: number, colSpan?: number): TableCell => ({
  type: 'tableCell',
  children: text ? [{ type: 'text', value: text }] : [],
  ...(rowSpan || colSpan ? { data: { ...(rowSpan ? { rowSpan } : {}), ...(colSpan ? { colSpan } : {}) } } : {}),
});
const row = (...cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells });
const paragraph = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] });

test('each row under a merged time cell is a session at that time', () => {
  const tree: Root = {
    type: 'root',
    children: [
      paragraph('Congrès des parents'),
      paragraph('Samedi 14 mars 2009'),
      {
        type: 'table',
        children: [
          row(cell('9h00 – 9h30'), cell('Accueil')),
          row(cell('13h30 – 15h30', 3), cell('Atelier A – Le conseil d’école')),
          row(cell(''), cell('Atelier B – Harcèlement')),
          row(cell(''), cell('Atelier C – Cantine')),
          row(cell('15h30 – 16h00'), cell('Pause')),
          row(cell(''), cell('Goûter offert')),
        ],
      },
    ],
  };
  const programme = parseProgramme({ format: 'docx', tree, headers: [], metadata: {}, warnings: [] }, { file: 'congres.docx', format: 'docx', sha256: '0'.repeat(64) });
  expect(programme.sessions.map((s) => [s.start, s.end, s.title, s.notes])).toEqual([
    ['09:00', '09:30', 'Accueil', []],
    ['13:30', '15:30', 'Atelier A – Le conseil d’école', []],
    ['13:30', '15:30', 'Atelier B – Harcèlement', []],
    ['13:30', '15:30', 'Atelier C – Cantine', []],
    // A row under an unmerged time cell still continues the session above it.
    ['15:30', '16:00', 'Pause', ['Goûter offert']],
  ]);
});

test('a row merged across the table above timed rows names the part that follows', () => {
  const tree: Root = {
    type: 'root',
    children: [
      paragraph('Congrès des parents'),
      paragraph('Samedi 14 mars 2009'),
      {
        type: 'table',
        children: [
          row(cell('9h00 – 9h30'), cell('Accueil')),
          row(cell('Ateliers en parallèle', undefined, 2), cell('')),
          row(cell('13h30 – 15h30'), cell('Atelier A')),
          row(cell(''), cell('Salle B12')),
        ],
      },
    ],
  };
  const programme = parseProgramme({ format: 'docx', tree, headers: [], metadata: {}, warnings: [] }, { file: 'congres.docx', format: 'docx', sha256: '0'.repeat(64) });
  expect(programme.sessions.map((s) => [s.start, s.title, s.notes, s.section])).toEqual([
    ['09:00', 'Accueil', [], undefined],
    ['13:30', 'Atelier A', ['Salle B12'], 'Ateliers en parallèle'],
  ]);
});
