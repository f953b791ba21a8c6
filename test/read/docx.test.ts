/**
 * The .docx reader on the seed programme's Word file, on real Word files
 * from other projects' test suites, and on small packages built here for
 * one feature each.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FootnoteDefinition, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayoutData, SourceDocument } from '../../src/model/document.js';
import reader from '../../src/read/docx.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { minimalDocx } from './zip-build.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_DOCX = join(ROOT, 'input/programme-rtes-2013-12-19.docx');
const SEED_TEXT = join(ROOT, '../shared/seed/programme-rtes-2013-12-19.txt');
const CORPUS = join(ROOT, '../shared/corpus');

const read = (bytes: Uint8Array, fileName = 'test.docx') => reader.read({ bytes, fileName, limits: DEFAULT_LIMITS });
const readFile = (path: string) => read(readFileSync(path), path);
/** Text with white space runs (no-break spaces included) as one space. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const layout = (node: RootContent) => (node.data ?? {}) as LayoutData;

describe('the seed programme (.docx)', () => {
  let doc: SourceDocument;
  let blocks: RootContent[];
  const textOf = (block: RootContent) => normalise(toString(block));
  const blockStarting = (start: string) => {
    const found = blocks.filter((block) => textOf(block).startsWith(start));
    expect(found, start).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    doc = await readFile(SEED_DOCX);
    blocks = doc.tree.children;
  });

  it('keeps every schedule line and speaker line as a paragraph of its own', () => {
    const lines = readFileSync(SEED_TEXT, 'utf8').split('\n');
    const from = lines.findIndex((line) => line.startsWith('9h\u00a0: Accueil'));
    const to = lines.findIndex((line) => line.startsWith('16h30\u00a0: Conclusions'));
    const scheduleLines = lines.slice(from, to + 1).map(normalise).filter(Boolean);
    expect(scheduleLines).toHaveLength(18);
    const paragraphs = blocks.filter((block) => block.type === 'paragraph').map(textOf);
    for (const line of scheduleLines) expect(paragraphs).toContain(line);
  });

  it('keeps the seed’s typography: no-break spaces, typographic apostrophes, guillemets, en dashes', () => {
    const all = blocks.map((block) => toString(block)).join('\n');
    expect(all).toContain('riche\u00a0: appel');
    expect(all).toContain('«\u00a0Rôle des collectivités locales dans les dynamiques de PTCE\u00a0»');
    expect(all).toContain('9h50 – 11h\u00a0: Présentation');
    expect(all).toContain('territoires\u00a0?');
  });

  it('reads the three questions as one bulleted list', () => {
    const lists = blocks.filter((block) => block.type === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ ordered: false });
    const items = (lists[0] as Extract<RootContent, { type: 'list' }>).children.map((item) => normalise(toString(item)));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Quels argumentaires/);
    expect(items[2]).toMatch(/favorables à de telles démarches \?$/);
  });

  it('has a real footnote reference right after "(PTCE)", and its definition at the end', () => {
    const intro = blockStarting('Depuis la journée de lancement') as Paragraph;
    const index = intro.children.findIndex((child) => child.type === 'footnoteReference');
    expect(index).toBeGreaterThan(0);
    expect(toString(intro.children[index - 1])).toMatch(/\(PTCE\)$/);
    expect(toString(intro.children[index + 1])).toMatch(/^, l’actualité/);
    expect(intro.children[index]).toEqual({ type: 'footnoteReference', identifier: '1', label: '1' });

    const definitions = blocks.filter((block): block is FootnoteDefinition => block.type === 'footnoteDefinition');
    expect(definitions).toHaveLength(1);
    expect(definitions[0]).toMatchObject({ identifier: '1', label: '1' });
    expect(textOf(definitions[0]!)).toBe('Organisé le 29 mai, voir http://rtes.fr/Collectivites-locales-et-PTCE');
    expect(JSON.stringify(definitions[0])).toContain('"type":"link","url":"http://rtes.fr/Collectivites-locales-et-PTCE"');
    expect(blocks.at(-1)).toBe(definitions[0]);
  });

  it('marks the page break before "1ers retours", and only there', () => {
    const withBreak = blocks.filter((block) => layout(block).pageBreakBefore);
    expect(withBreak.map(textOf)).toEqual(['1ers retours sur l’étude sur le rôle possible des collectivités']);
  });

  it('counts empty paragraphs instead of keeping them', () => {
    expect(blocks.every((block) => textOf(block) !== '' || block.type !== 'paragraph' || JSON.stringify(block).includes('"image"'))).toBe(true);
    expect(layout(blockStarting('Henri Arévalo')).blankLinesBefore).toBe(5);
    expect(layout(blockStarting('Jeudi 19 décembre 2013')).blankLinesBefore).toBe(1);
    expect(layout(blockStarting('12h30')).blankLinesBefore).toBeUndefined();
  });

  it('reads the running headers apart from the body', () => {
    expect(doc.headers).toEqual(['Réseau des collectivités Territoriales pour une Economie Solidaire']);
    expect(blocks.some((block) => textOf(block).includes('Réseau des collectivités'))).toBe(false);
  });

  it('keeps the screenshot as an image node, never as base64', () => {
    const json = JSON.stringify(doc.tree);
    expect(json).not.toMatch(/base64|data:image/);
    const images = json.match(/"type":"image"/g) ?? [];
    expect(images).toHaveLength(1);
    expect(json).toContain('"url":"embedded:image/png"');
  });

  it('reads the core properties', () => {
    expect(doc.metadata).toEqual({
      title: 'Programme journée formation-échanges RTES',
      author: 'RTES',
      subject: 'Journée formation-échanges sur les PTCE',
      created: '2013-12-02T09:12:00Z',
      modified: '2013-12-16T17:41:00Z',
    });
    expect(doc.format).toBe('docx');
    expect(doc.warnings).toEqual([]);
  });

  it('gives the same tree on every read', async () => {
    expect(await readFile(SEED_DOCX)).toEqual(doc);
  });

  it('is rebuilt byte for byte by scripts/build-seed-docx.mjs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-docx-'));
    try {
      const out = join(dir, 'rebuilt.docx');
      execFileSync(process.execPath, [join(ROOT, 'scripts/build-seed-docx.mjs'), out], { stdio: 'pipe' });
      expect(readFileSync(out).equals(readFileSync(SEED_DOCX))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('real Word files (mammoth’s test documents)', () => {
  const dir = join(CORPUS, 'mammoth');
  const corpus = (name: string) => readFile(join(dir, name));

  it('reads every one without throwing', async () => {
    const names = readdirSync(dir).filter((name) => name.endsWith('.docx'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const doc = await corpus(name);
      expect(doc.tree.type, name).toBe('root');
      expect(JSON.stringify(doc.tree), name).not.toMatch(/base64|data:image/);
    }
  });

  it('footnotes.docx: references where the marks were, definitions without the back-link arrow', async () => {
    const { tree } = await corpus('footnotes.docx');
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children).toEqual([
      { type: 'text', value: 'Ouch' },
      { type: 'footnoteReference', identifier: '1', label: '1' },
      { type: 'text', value: '.' },
      { type: 'footnoteReference', identifier: '2', label: '2' },
    ]);
    const definitions = tree.children.slice(1) as FootnoteDefinition[];
    expect(definitions.map((d) => [d.identifier, toString(d)])).toEqual([
      ['1', 'A tachyon walks into a bar.'],
      ['2', 'Fin.'],
    ]);
    expect(JSON.stringify(tree)).not.toContain('↑');
  });

  it('endnotes.docx: endnotes become footnote definitions, numbered as cited', async () => {
    const { tree } = await corpus('endnotes.docx');
    const definitions = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition');
    expect(definitions.map((d) => [d.label, toString(d)])).toEqual([
      ['1', 'A tachyon walks into a bar.'],
      ['2', 'Fin.'],
    ]);
  });

  it('footnote-hyperlink.docx: the link inside the note is kept', async () => {
    const { tree } = await corpus('footnote-hyperlink.docx');
    const definition = tree.children.find((c): c is FootnoteDefinition => c.type === 'footnoteDefinition');
    expect(JSON.stringify(definition)).toContain('"type":"link","url":"http://www.example.com"');
  });

  it('tables.docx: a table of cells', async () => {
    const { tree } = await corpus('tables.docx');
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = tree.children[1] as Table;
    expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Top left', 'Top right'],
      ['Bottom left', 'Bottom right'],
    ]);
  });

  it('simple-list.docx and tiny-picture.docx', async () => {
    expect((await corpus('simple-list.docx')).tree.children).toMatchObject([{ type: 'list', children: [{}, {}] }]);
    const picture = await corpus('tiny-picture.docx');
    expect(JSON.stringify(picture.tree)).toContain('"type":"image"');
  });
});

describe('running headers and footers (docx4j’s test documents)', () => {
  it('puts the first page’s header first', async () => {
    expect((await readFile(join(CORPUS, 'docx4j/different_first_page.docx'))).headers).toEqual(['First page header', 'Other pages']);
  });

  it('reads headers and footers of every section, once each', async () => {
    const { headers } = await readFile(join(CORPUS, 'docx4j/header-section2.docx'));
    expect(headers).toEqual(['MyHeader', 'Header for section 2']);
  });

  it('does not read a drawing’s fallback copy twice', async () => {
    const { headers } = await readFile(join(CORPUS, 'docx4j/2010-mcAlternateContent-in-header.docx'));
    expect(headers).toHaveLength(1);
  });
});

describe('Word features in small packages', () => {
  const body = async (xml: string): Promise<Root> => (await read(minimalDocx(xml))).tree;
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

  it('soft line breaks become break nodes inside one paragraph', async () => {
    const tree = await body(p(run('one'), '<w:r><w:br/></w:r>', run('two')));
    expect(tree.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'one' }, { type: 'break' }, { type: 'text', value: 'two' }] }]);
  });

  it('a table cell with several paragraphs joins them with a break', async () => {
    const cell = `<w:tc>${p(run('first'))}${p()}${p(run('second'))}</w:tc>`;
    const tree = await body(`<w:tbl><w:tr>${cell}<w:tc>${p(run('other'))}</w:tc></w:tr></w:tbl>`);
    const table = tree.children[0] as Table;
    expect(table.children[0]!.children[0]!.children).toEqual([{ type: 'text', value: 'first' }, { type: 'break' }, { type: 'text', value: 'second' }]);
    expect(toString(table.children[0]!.children[1])).toBe('other');
  });

  it('a page break inside a paragraph of text marks the next block', async () => {
    const tree = await body(p(run('before'), '<w:r><w:br w:type="page"/></w:r>') + p(run('after')));
    expect(tree.children.map((c) => [toString(c), layout(c).pageBreakBefore ?? false])).toEqual([
      ['before', false],
      ['after', true],
    ]);
  });

  it('a page break at the start of a paragraph marks that paragraph', async () => {
    const tree = await body(p(run('before')) + p('<w:r><w:br w:type="page"/></w:r>', run('after')));
    expect(tree.children.map((c) => [toString(c), layout(c).pageBreakBefore ?? false])).toEqual([
      ['before', false],
      ['after', true],
    ]);
  });

  it('empty and blank paragraphs are counted on the next block, and dropped at the end', async () => {
    const tree = await body(p(run('a')) + p() + p(run('   ')) + p(run('b')) + p() + p());
    expect(tree.children.map((c) => [toString(c), layout(c).blankLinesBefore ?? 0])).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });

  it('the Title style becomes a level-1 heading, bold and italic are kept', async () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`;
    const xml = `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run('Big')}</w:p>` + p(`<w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r>`, `<w:r><w:rPr><w:i/></w:rPr><w:t>italic</w:t></w:r>`);
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const { tree } = await read(minimalDocx(xml, [{ name: 'word/styles.xml', data: styles }, { name: 'word/_rels/document.xml.rels', data: rels }]));
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Big' }] });
    expect(tree.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }, { type: 'emphasis' }] });
  });
});
