/**
 * The reduced faces (assets/fonts/) shape text exactly as the full fonts do,
 * and text they lack falls back to the full fonts, so the PDF is unchanged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_NAMES, loadFonts } from '../../src/render/pdf/fonts.js';
import pdf from '../../src/render/pdf/index.js';
import { REDUCED_DIR, shapesWithReducedFont } from '../../src/render/pdf/reduced-fonts.js';
import { seedProgramme } from './pdf-fixtures.js';

const require = createRequire(import.meta.url);
const SEED_TEXT = readFileSync(new URL('../../../shared/seed/programme-rtes-2013-12-19.txt', import.meta.url), 'utf8');
const FRENCH = 'Accueil « café » : 9\u202Fh\u202F30\u00A0– 10\u202Fh ; Œuvres, efficacité, affiche, fjord, “quotes” — 12,50\u202F€ … • ¹²³ ﬁ ﬂ';
const INTERNATIONAL = ['Łukasz Żółtowski-Błaszczyk', 'Αθηνά Παπαδοπούλου', 'Nguyễn Thị Thảo', 'Şükrü Öztürk', 'Ана Петровић'];

/** What pdfkit takes from a glyph run: glyph ids and positions. */
function shape(font: fontkit.Font, text: string, features: string[] = []): string {
  const run = font.layout(text, features);
  return JSON.stringify({
    ids: run.glyphs.map((g) => g.id),
    advances: run.glyphs.map((g) => g.advanceWidth),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  });
}

function fullFont(name: (typeof FONT_NAMES)[number]): fontkit.Font {
  const build = readFileSync(new URL('../../scripts/build-fonts.mjs', import.meta.url), 'utf8');
  const file = new RegExp(`${name}: '([^']+)'`).exec(build)?.[1];
  if (!file) throw new Error(`no ${name} in scripts/build-fonts.mjs`);
  return fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;
}

describe('pdf fonts: reduced faces', () => {
  const words = [...new Set(`${SEED_TEXT} ${FRENCH}`.split(/ +|\n/).filter(Boolean))];

  it.each(FONT_NAMES)('%s: shapes every word and every kept character as the full font', (name) => {
    const full = fullFont(name);
    const used = loadFonts()[name];
    if (!REDUCED_DIR) throw new Error('assets/fonts/ not found');
    const reduced = fontkit.create(readFileSync(new URL(`${name}.ttf`, REDUCED_DIR))) as fontkit.Font;
    expect(reduced.characterSet.length).toBeGreaterThan(400);
    expect(shapesWithReducedFont(used), 'shaping goes through the reduced face').toBe(true);
    const singles = reduced.characterSet.map((cp) => String.fromCodePoint(cp));
    for (const text of [...words, ...singles, FRENCH, SEED_TEXT.slice(0, 2000)]) {
      expect(shape(used, text), text).toBe(shape(full, text));
      expect(shape(used, text, ['tnum']), text).toBe(shape(full, text, ['tnum']));
    }
  });

  it.each(FONT_NAMES)('%s: text with characters outside the reduced set is shaped by the full font', (name) => {
    const full = fullFont(name);
    const used = loadFonts()[name];
    for (const text of INTERNATIONAL) {
      expect(shape(used, text)).toBe(shape(full, text));
      // No missing-glyph box: the full faces cover these scripts.
      expect(used.layout(text).glyphs.every((g) => g.id !== 0), text).toBe(true);
    }
    expect(used.ascent).toBe(full.ascent);
    expect(used.descent).toBe(full.descent);
  });

  it('renders a programme with Polish, Greek, Vietnamese and Serbian names, text intact', async () => {
    const programme = seedProgramme();
    const session = programme.sessions.find((s) => s.speakers.length > 0);
    if (!session) throw new Error('the seed has speakers');
    session.speakers = INTERNATIONAL.map((n) => ({ ...session.speakers[0]!, name: n }));
    const bytes = await pdf.render(programme, { sourceDate: new Date('2013-12-02T09:00:00Z'), options: {} });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    if (spawnSync('pdftotext', ['-v']).error) return;
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-fonts-')), 'international.pdf');
    writeFileSync(file, bytes);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.normalize('NFC');
    for (const name of INTERNATIONAL) expect(text).toContain(name);
  });
});
