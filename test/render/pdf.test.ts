/**
 * The PDF renderer, checked through Debian's PDF tools (poppler-utils, qpdf)
 * the way a reader or an archive would see the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../src/model/programme.js';
import pdf from '../../src/render/pdf/index.js';
import type { RenderContext } from '../../src/render/renderer.js';
import { longProgramme, seedProgramme } from './pdf-fixtures.js';

const hasTool = (tool: string): boolean => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined;
const TOOLS = ['qpdf', 'pdftotext', 'pdffonts', 'pdfinfo'].every(hasTool);

const CONTEXT: RenderContext = { sourceDate: new Date('2013-12-02T09:00:00Z'), options: {} };
const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));

async function renderToFile(programme: Programme, name: string, context: RenderContext = CONTEXT): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = await pdf.render(programme, context);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { file, bytes };
}

const run = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
/** Any run of white space, no-break spaces included, as one plain space. */
const squash = (text: string): string => text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
const pagesOf = (file: string): string[] => run('pdftotext', [file, '-']).split('\f').slice(0, -1).map(squash);

/** Every stream of the file, inflated, plus the raw bytes: where tags and metadata can be looked for. */
function pdfSource(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts = [raw];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // not deflated (XMP) or binary: the raw text already holds it
    }
  }
  return parts.join('\n');
}

describe('pdf renderer: interface', () => {
  it('is the pdf format', () => {
    expect(pdf.format).toBe('pdf');
    expect(pdf.extension).toBe('pdf');
    expect(pdf.mediaType).toBe('application/pdf');
  });

  it('gives byte-identical files for the same input, dated from the context', async () => {
    const a = await pdf.render(seedProgramme(), CONTEXT);
    const b = await pdf.render(seedProgramme(), { ...CONTEXT, options: {} });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const source = pdfSource(a);
    // Info values are indirect objects; CreationDate and ModDate are both the source date.
    expect(source.match(/\(D:20131202090000Z\)/g)?.length).toBe(2);
    expect(source).toContain('<xmp:CreateDate>2013-12-02T09:00:00Z</xmp:CreateDate>');
    expect(source).not.toMatch(/\(D:(?!20131202090000Z)\d{14}/);
    const other = await pdf.render(seedProgramme(), { ...CONTEXT, sourceDate: new Date('2020-01-01T00:00:00Z') });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(other))).not.toBe(0);
  });

  it('is tagged, has its language, title display, XMP with PDF/A identification and escaped values', async () => {
    const source = pdfSource(await pdf.render(longProgramme(1, 3), CONTEXT));
    expect(source).toContain('/StructTreeRoot');
    expect(source).toContain('/Marked true');
    expect(source).toContain('/Lang (fr)');
    expect(source).toContain('/DisplayDocTitle true');
    expect(source).toContain('/OutputIntents');
    expect(source).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(source).toMatch(/acteurs &amp; collectivit\S+ &lt;test&gt;/);
    for (const tag of ['/S /Document', '/S /H1', '/S /H2', '/S /P', '/S /L', '/S /LI', '/S /Table', '/S /TR', '/S /TD', '/S /Link', '/S /Note']) {
      expect(source, tag).toContain(tag);
    }
    expect(source).toContain('/Outlines');
    expect(source).toContain('/URI (https://example.org/videos/seance-18)');
    expect(source).not.toMatch(/\/(SMask|CA|ca) /); // no transparency
  });
});

describe.skipIf(!TOOLS)('pdf renderer: the seed programme', () => {
  const programme = seedProgramme();
  let file = '';
  let pages: string[] = [];
  let text = '';

  beforeAll(async () => {
    ({ file } = await renderToFile(programme, 'seed.pdf'));
    pages = pagesOf(file);
    text = pages.join(' ');
  });

  it('passes qpdf --check', () => {
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors');
  });

  it('embeds and subsets every font', () => {
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\s/);
    }
  });

  it('is A4 with its title in the document info', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    expect(info).toContain(`Title:           ${programme.title}`);
    expect(info).toContain(`Author:          ${programme.organizers[0]?.name}`);
    expect(info).toMatch(/Tagged:\s+yes/);
  });

  it('prints every session title in order, the description and the annex', () => {
    let from = 0;
    for (const session of programme.sessions) {
      const at = text.indexOf(squash(session.title), from);
      expect(at, session.title).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    for (const block of [...programme.description, ...programme.annex]) {
      if (block.type === 'paragraph') expect(text).toContain(squash(block.text).slice(0, 60));
    }
    expect(text).toContain('Henri Arévalo, vice-président du RTES');
  });

  it('writes times the French way', () => {
    expect(text).toContain('9 h 30 – 9 h 50');
    expect(text).toContain('12 h 30 Déjeuner sur place');
  });

  it('puts the footnote, with its link, on the page that cites it', () => {
    const citing = pages.findIndex((p) => p.includes('(PTCE)1,'));
    expect(citing).toBeGreaterThanOrEqual(0);
    expect(pages[citing]).toContain('1 Organisé le 29 mai, voir http://rtes.fr/Collectivites-locales-et-PTCE');
    expect(pdfSource(Buffer.from(run('cat', [file]), 'latin1'))).toContain('/URI (http://rtes.fr/Collectivites-locales-et-PTCE)');
  });

  it('has a running footer with the title and "n / N"', () => {
    expect(pages.length).toBeGreaterThanOrEqual(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`${i + 1} / ${pages.length}`);
      expect(page).toContain(programme.title ?? '');
    });
  });

  it('prints no placeholder, replacement character or warning', () => {
    expect(text).not.toContain('[image');
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toContain('THIS WARNING MUST NOT BE PRINTED');
  });

  it('has bookmarks for its sections', () => {
    const raw = Buffer.from(run('cat', [file]), 'latin1').toString('latin1');
    expect(raw).toContain('/Outlines');
    expect(pdfSource(Buffer.from(raw, 'latin1'))).toMatch(/\/Title \(Programme\)|\/Title <feff/i);
  });

  it('gives 612 x 792 pages with the LETTER option', async () => {
    const { file: letter } = await renderToFile(programme, 'seed-letter.pdf', { ...CONTEXT, options: { pageSize: 'LETTER' } });
    expect(run('pdfinfo', [letter])).toMatch(/Page size:\s+612 x 792/);
  });
});

describe.skipIf(!TOOLS)('pdf renderer: a long multi-day programme', () => {
  const programme = longProgramme(3, 90);
  let file = '';
  let pages: string[] = [];

  beforeAll(async () => {
    ({ file } = await renderToFile(programme, 'long.pdf'));
    pages = pagesOf(file);
  });

  it('is a valid file of about fifty pages', () => {
    expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
    expect(pages.length).toBeGreaterThanOrEqual(40);
    pages.forEach((page, i) => expect(page).toContain(`${i + 1} / ${pages.length}`));
  });

  it('prints every session title once, in order, and never splits a session across pages', () => {
    const all = pages.join(' ');
    let from = 0;
    programme.sessions.forEach((session, n) => {
      // The footnote cited in session 18's title shows as its number, after "Séance 018".
      const ref = session.footnoteRefs?.[0];
      const title = squash(ref ? `${session.title.slice(0, ref.offset)}1${session.title.slice(ref.offset)}` : session.title);
      const at = all.indexOf(title, from);
      expect(at, title).toBeGreaterThanOrEqual(from);
      expect(all.indexOf(title, at + 1), `${title} twice`).toBe(-1);
      from = at + title.length;
      // Title, speakers and notes of a session are all on one page.
      const page = pages.findIndex((p) => p.includes(title));
      const onPage = pages[page] ?? '';
      for (const speaker of session.speakers) expect(onPage, `session ${n + 1}: ${speaker.name}`).toContain(squash(speaker.name));
      for (const note of session.notes) expect(onPage.indexOf(squash(note), onPage.indexOf(title)), `session ${n + 1} note`).toBeGreaterThan(0);
    });
  });

  it('starts each day with its heading, never alone at the foot of a page', () => {
    for (const day of ['Lundi 11 mars 2024', 'Mardi 12 mars 2024', 'Mercredi 13 mars 2024']) {
      const page = pages.find((p) => new RegExp(`${day} [0-9h –]+ Séance`).test(p));
      expect(page, day).toBeDefined();
    }
  });

  it('puts the cited footnote on the page of its session, the uncited one in the notes', () => {
    const cited = programme.sessions[17];
    const page = pages.find((p) => p.includes(squash(cited?.title ?? '').slice(12)));
    expect(page).toContain('1 Séance filmée, voir https://example.org/videos/seance-18');
    expect(pages[pages.length - 1]).toContain('Notes 2. Note jamais citée dans le texte.');
  });
});
