// A table whose first column holds the day (merged down the day's rows, typed again in each row, or left empty below it).
import { describe, expect, test } from 'vitest';
import { expandGrids } from '../../src/parse/grid.js';
import { toLines, type Line } from '../../src/parse/lines.js';
import { clean } from '../../src/clean/index.js';
import { parseProgramme } from '../../src/parse/index.js';
import { htmlToMdast } from '../../src/read/docx/html-to-mdast.js';

const TITLE = '<p>Séminaire des bourgs</p><p>Les 8 et 9 octobre 2015</p>';
const HEADER = '<tr><th><p>Jour</p></th><th><p>Horaire</p></th><th><p>Contenu</p></th><th><p>Intervenants</p></th></tr>';
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c ? `<p>${c}</p>` : ''}</td>`).join('')}</tr>`;

/** Each line's text, a table row's cells joined by tabs. */
function linesOf(html: string): string[] {
  return toLines(htmlToMdast(html)).lines.map((l) => (l.cells ? l.cells.map((c) => c.join(' ')).join('\t') : l.text));
}

const EXPECTED = [
  'Séminaire des bourgs', 'Les 8 et 9 octobre 2015',
  'Horaire\tContenu\tIntervenants',
  'Jeudi 8 octobre', '14h00-14h30\tOuverture\tMARTIN Paul (Réseau)', '14h30-16h00\tTable ronde\t',
  'Vendredi 9 octobre', '09h00-10h30\tVisite\tDURAND Anne (Mairie)',
];

describe('a day column', () => {
  test('the day merged down its rows (rowspan): a day heading before its rows, kept as data.rowSpan', () => {
    const html = `${TITLE}<table>${HEADER}` +
      '<tr><td rowspan="2"><p>Jeudi 8 octobre</p></td><td><p>14h00-14h30</p></td><td><p>Ouverture</p></td><td><p>MARTIN Paul (Réseau)</p></td></tr>' +
      row('14h30-16h00', 'Table ronde', '') +
      '<tr><td rowspan="1"><p>Vendredi 9 octobre</p></td><td><p>09h00-10h30</p></td><td><p>Visite</p></td><td><p>DURAND Anne (Mairie)</p></td></tr></table>';
    const table = htmlToMdast(html).children.find((n) => n.type === 'table');
    expect(table?.type === 'table' && table.children[1]!.children[0]!.data?.rowSpan).toBe(2);
    expect(linesOf(html)).toEqual(EXPECTED);
  });

  test('the day typed again in each row, or left empty below its first row', () => {
    const repeated = `${TITLE}<table>${HEADER}${row('Jeudi 8 octobre', '14h00-14h30', 'Ouverture', 'MARTIN Paul (Réseau)')}${row('Jeudi 8 octobre', '14h30-16h00', 'Table ronde', '')}${row('Vendredi 9 octobre', '09h00-10h30', 'Visite', 'DURAND Anne (Mairie)')}</table>`;
    expect(linesOf(repeated)).toEqual(EXPECTED);
    const empty = `${TITLE}<table>${HEADER}${row('Jeudi 8 octobre', '14h00-14h30', 'Ouverture', 'MARTIN Paul (Réseau)')}${row('', '14h30-16h00', 'Table ronde', '')}${row('Vendredi 9 octobre', '09h00-10h30', 'Visite', 'DURAND Anne (Mairie)')}</table>`;
    expect(linesOf(empty)).toEqual(EXPECTED);
  });

  test('rows whose covered day cell was omitted (one cell fewer) are realigned', () => {
    const at = (cells: string[][], row: number): Line => ({
      text: cells.map((c) => c.join(' ')).filter(Boolean).join('\t'), raw: '', type: 'tableRow', cells, table: { id: 1, row },
      strong: false, blankLinesBefore: 0, pageBreakBefore: false, indent: 0, footnoteRefs: [],
    });
    const lines = expandGrids([
      at([['Day'], ['Time'], ['Session'], ['Speakers']], 0),
      at([['Monday 5 June'], ['10.00 – 11.00'], ['Welcome'], ['Ann Lee (Trust)']], 1),
      at([['11.00 – 12.00'], ['Walk'], ['Bob Day (Parks)']], 2),
      at([['Tuesday 6 June'], ['9.30'], ['Workshop'], []], 3),
    ]);
    expect(lines.map((l) => l.cells ?? l.text)).toEqual([
      [['Time'], ['Session'], ['Speakers']],
      'Monday 5 June', [['10.00 – 11.00'], ['Welcome'], ['Ann Lee (Trust)']], [['11.00 – 12.00'], ['Walk'], ['Bob Day (Parks)']],
      'Tuesday 6 June', [['9.30'], ['Workshop'], []],
    ]);
  });

  test('sessions take their row\'s day; the year comes from the dates above the table', () => {
    const html = `${TITLE}<table>${HEADER}` +
      '<tr><td rowspan="2"><p>Jeudi 8 octobre</p></td><td><p>14h00-14h30</p></td><td><p>Ouverture</p></td><td><p>MARTIN Paul (Réseau)</p></td></tr>' +
      row('14h30-16h00', 'Table ronde', '') + row('Vendredi 9 octobre', '09h00-10h30', 'Visite', 'DURAND Anne (Mairie)') + '</table>';
    const document = { format: 'docx' as const, tree: htmlToMdast(html), headers: [], metadata: {}, warnings: [] };
    const programme = parseProgramme(clean(document), { file: 'seminaire.docx', format: 'docx', sha256: '0'.repeat(64) });
    expect(programme.days.map((d) => d.date)).toEqual(['2015-10-08', '2015-10-09']);
    expect(programme.sessions.map((s) => [s.date, s.start, s.end, s.title])).toEqual([
      ['2015-10-08', '14:00', '14:30', 'Ouverture'],
      ['2015-10-08', '14:30', '16:00', 'Table ronde'],
      ['2015-10-09', '09:00', '10:30', 'Visite'],
    ]);
  });

  test('a first column that is no day (a room, a theme) leaves the table as it is', () => {
    const html = `<table>${row('Salle', 'Horaire', 'Contenu')}${row('Salle A', '9h00', 'Accueil')}${row('Salle B', '10h00', 'Atelier')}</table>`;
    expect(linesOf(html)).toEqual(['Salle\tHoraire\tContenu', 'Salle A\t9h00\tAccueil', 'Salle B\t10h00\tAtelier']);
  });
});
