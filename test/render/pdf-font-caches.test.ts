/**
 * The per-process font caches (src/render/pdf/font-caches.ts) give what
 * fontkit itself gives: the same glyph runs, the same embedded subsets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { withFeatureShapingCache, withSubsetGlyphCache } from '../../src/render/pdf/font-caches.js';

const require = createRequire(import.meta.url);
const open = (file: string) => fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;
const SERIF = '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf';
const SANS = '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf';

const runOf = (run: fontkit.GlyphRun) => ({
  ids: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth,
});

describe('pdf font caches', () => {
  it('shaping with features: the same run each time, a copy pdfkit may scale in place', () => {
    const font = open(SANS);
    const cached = withFeatureShapingCache(font);
    for (const text of ['9 h 30 – 10 h', '14:00', 'ﬁ 1/2 Œuvre']) {
      const first = cached.layout(text, ['tnum']);
      expect(runOf(first)).toEqual(runOf(font.layout(text, ['tnum'])));
      for (const position of first.positions) position.xAdvance *= 1000;
      const second = cached.layout(text, ['tnum']);
      expect(second).not.toBe(first);
      expect(runOf(second)).toEqual(runOf(font.layout(text, ['tnum'])));
    }
    // Featureless text is left to pdfkit's own per-word cache.
    expect(runOf(cached.layout('Accueil'))).toEqual(runOf(font.layout('Accueil')));
  });

  it('subsets: the same font file as fontkit’s subsetter, composite glyphs included, document after document', () => {
    const font = open(SERIF);
    const cached = withSubsetGlyphCache(font);
    const texts = ['Accueil des participants', 'Œuvres « café » ; élus, ÉCOLE, à Noël – 12,50 €', 'Łukasz Żółtowski, Nguyễn Thị Thảo'];
    const composite = font.layout('ÉŻễ').glyphs.filter((g) => (g as unknown as { _decode(): { numberOfContours: number } | null })._decode()?.numberOfContours! < 0);
    expect(composite.length).toBeGreaterThan(0);
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const plain = font.createSubset();
        const fast = cached.createSubset();
        for (const glyph of font.layout(text).glyphs) {
          expect(fast.includeGlyph(glyph.id)).toBe(plain.includeGlyph(glyph.id));
        }
        expect(Buffer.from(fast.encode())).toEqual(Buffer.from(plain.encode()));
      }
    }
  });
});
