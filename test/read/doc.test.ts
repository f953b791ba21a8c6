/**
 * The .doc reader: a synthetic Word 97 file (fixtures/formats/programme.doc,
 * built by scripts/build-format-fixtures.mjs), refusals, and real documents of
 * the corpus for tables, footnotes, endnotes, headers and page breaks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FootnoteDefinition, Paragraph, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/model/document.js';
import reader from '../../src/read/doc.js';
import { storiesToMdast } from '../../src/read/doc/stories-to-mdast.js';
import { resolveFields } from '../../src/read/doc/fields.js';
import { CfbError, readCompoundFile } from '../../src/read/ole/cfb.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { InputError } from '../../src/read/reader.js';
import { ROOT, SHARED } from '../helpers.js';

const CORPUS = join(SHARED, 'corpus');
const fixture = (name: string) => readFileSync(join(ROOT, 'fixtures', 'formats', name));
const read = (bytes: Uint8Array, fileName = 'test.doc'): Promise<SourceDocument> => reader.read({ bytes, fileName, limits: DEFAULT_LIMITS });

async function refusal(bytes: Uint8Array): Promise<InputError> {
  const error = await read(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const blocks = (tree: Root) => tree.children.filter((n) => n.type !== 'footnoteDefinition');
const notes = (tree: Root) => tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');

describe('the .doc reader on a synthetic Word 97 file', () => {
  it('maps paragraphs, blank lines, line and page breaks, fields and typographic characters', async () => {
    const doc = await read(fixture('programme.doc'));
    expect(doc.format).toBe('doc');
    const body = blocks(doc.tree) as Paragraph[];
    expect(body.map((p) => toString(p))).toEqual([
      'Journée d’étude – 19 décembre 2013',
      '9h30\tAccueil des participants',
      'Salle ABâtiment B',
      'Inscription en ligne',
      '10h00\tOuverture',
    ]);
    expect(body[1]?.data).toMatchObject({ blankLinesBefore: 1 });
    expect(body[2]?.children.map((c) => c.type)).toEqual(['text', 'break', 'text']);
    expect(body[4]?.data).toMatchObject({ pageBreakBefore: true });
  });

  it('puts footnotes where their mark stands, from Word’s own index', async () => {
    const doc = await read(fixture('programme.doc'));
    const paragraph = blocks(doc.tree)[1] as Paragraph;
    expect(paragraph.children.at(-1)).toMatchObject({ type: 'footnoteReference', identifier: '1' });
    expect(notes(doc.tree).map((n) => [n.identifier, toString(n)])).toEqual([['1', 'Café offert.']]);
  });

  it('reads a .doc whatever its name', async () => {
    const doc = await read(fixture('doc-named.docx'), 'doc-named.docx');
    expect(toString(blocks(doc.tree)[0]!)).toBe('Journée d’étude – 19 décembre 2013');
  });
});

describe('refusals', () => {
  it('an encrypted .doc is password-protected', async () => {
    const error = await refusal(fixture('encrypted.doc'));
    expect([error.code, error.message]).toEqual(['password-protected', 'password-protected']);
  });

  it('an encrypted OOXML package in OLE is password-protected', async () => {
    const error = await refusal(fixture('encrypted-package.docx'));
    expect([error.code, error.message]).toEqual(['password-protected', 'password-protected']);
  });

  it('an Excel file is named as such', async () => {
    const error = await refusal(fixture('excel-named.doc'));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('Excel');
  });

  it('a truncated OLE file is corrupt, in one line', async () => {
    const error = await refusal(fixture('truncated-ole.doc'));
    expect(error.code).toBe('corrupt');
    expect(error.message).not.toMatch(/\n/);
  });

  it('a cyclic sector chain is refused, not followed forever', async () => {
    const bytes = Buffer.from(fixture('programme.doc'));
    // The FAT is sector 0 (file offset 512); WordDocument starts at sector 2: make 2 → 3 → 2.
    bytes.writeUInt32LE(3, 512 + 2 * 4);
    bytes.writeUInt32LE(2, 512 + 3 * 4);
    const error = await refusal(bytes);
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/loops/);
  });
});

describe('the OLE reader', () => {
  it('lists root streams and reads them', () => {
    const file = readCompoundFile(fixture('programme.doc'));
    expect(file.rootNames).toEqual(['1Table', 'WordDocument']);
    expect(file.stream('worddocument')?.[0]).toBe(0xec);
    expect(file.stream('Missing')).toBeUndefined();
  });

  it('rejects what is not a compound file', () => {
    expect(() => readCompoundFile(new Uint8Array(600))).toThrow(CfbError);
  });
});

describe('fields', () => {
  it('keeps results, drops instructions, resolves nesting and stray markers', () => {
    expect(resolveFields('a\x13 PAGE \x142\x15b')).toBe('a2b');
    expect(resolveFields('\x13 TOC \x15x')).toBe('x');
    expect(resolveFields('\x13 IF \x13 MERGEFIELD x \x14y\x15 = 1 \x14yes\x15!')).toBe('yes!');
    expect(resolveFields('broken\x14 field\x15')).toBe('broken field');
  });
});

describe('stories without a note index', () => {
  it('pairs \\x02 marks with notes in order', () => {
    const { tree } = storiesToMdast({
      body: 'One\x02 two\x02\r',
      footnotes: { story: '\x02 first\r\x02 second\r', refs: [], texts: [] },
      endnotes: { story: '', refs: [], texts: [] },
      headers: [],
    });
    expect(notes(tree).map((n) => toString(n))).toEqual(['first', 'second']);
    const refs = (tree.children[0] as Paragraph).children.filter((c) => c.type === 'footnoteReference');
    expect(refs.map((r) => r.identifier)).toEqual(['1', '2']);
  });

  it('turns cells and rows into a table', () => {
    const { tree } = storiesToMdast({
      body: 'Before\r9h30\x07Accueil\u2029Hall\x07\n10h00\x07Ouverture\x07\nAfter\r',
      footnotes: { story: '', refs: [], texts: [] },
      endnotes: { story: '', refs: [], texts: [] },
      headers: ['\x13 PAGE \x141\x15 Réseau\rRéseau\r', ''],
    });
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = tree.children[1] as Table;
    expect(table.children.map((row) => row.children.map((cell) => cell.children.map((c) => (c.type === 'break' ? '|' : toString(c))).join('')))).toEqual([
      ['9h30', 'Accueil|Hall'],
      ['10h00', 'Ouverture'],
    ]);
  });

  it('keeps each header line once', () => {
    const { headers } = storiesToMdast({
      body: '',
      footnotes: { story: '', refs: [], texts: [] },
      endnotes: { story: '', refs: [], texts: [] },
      headers: ['Réseau des territoires\r\x13 PAGE \x142\x15\r', 'Réseau des territoires\r'],
    });
    expect(headers).toEqual(['Réseau des territoires', '2']);
  });
});

describe.skipIf(!existsSync(CORPUS))('real .doc files of the corpus', () => {
  const corpus = (path: string) => read(readFileSync(join(CORPUS, path)), path);

  it('keeps Unicode as written (filterUnicode: false)', async () => {
    const doc = await corpus('word-extractor/test01.doc');
    expect(toString(doc.tree)).toContain('😀 ∀');
  });

  it('reads footnotes and endnotes at their marks', async () => {
    const doc = await corpus('poi/endingnote.doc');
    const paragraph = blocks(doc.tree)[0] as Paragraph;
    expect(paragraph.children.map((c) => c.type)).toEqual(['text', 'footnoteReference', 'text']);
    expect(notes(doc.tree).map((n) => toString(n))).toEqual(['Ending note text']);
  });

  it('reads a table, a cell’s paragraphs joined by breaks', async () => {
    const doc = await corpus('poi/innertable.doc');
    const table = doc.tree.children[0] as Table;
    expect(table.type).toBe('table');
    expect(table.children.map((r) => r.children.length)).toEqual([3, 3, 3]);
    expect(toString(table.children[2]!)).toBe('HIJ');
  });

  it('puts headers and footers in `headers`, not in the body', async () => {
    const doc = await corpus('poi/DiffFirstPageHeadFoot.doc');
    expect(doc.headers).toContain('I am the header on the first page, and I’m nice and simple');
    expect(doc.headers).toContain('The footer of the first page');
    expect(toString(doc.tree)).not.toContain('footer of the first page');
  });

  it('marks a page break on the paragraph after it', async () => {
    const doc = await corpus('poi/FancyFoot.doc');
    const afterBreak = blocks(doc.tree).find((b) => (b.data as { pageBreakBefore?: boolean } | undefined)?.pageBreakBefore);
    expect(afterBreak && toString(afterBreak)).toMatch(/^This is page two/);
  });

  it('reads the document properties (SummaryInformation)', async () => {
    const doc = await corpus('tika/testWORD_custom_props.doc');
    expect(doc.metadata).toEqual({ title: 'My Title', subject: 'My subject', author: 'EJ04325S', created: '2010-10-05T09:03:00Z', modified: '2012-01-03T22:14:00Z' });
  });

  it('refuses Word 6/95 and rights-managed files with a clear reason', async () => {
    expect((await corpusRefusal('poi/Bug60942.doc')).message).toMatch(/Word 6\.0\/95/);
    expect((await corpusRefusal('tika/testWORD_protected_drm.doc')).code).toBe('password-protected');
  });

  const corpusRefusal = (path: string) => refusal(readFileSync(join(CORPUS, path)));
});
