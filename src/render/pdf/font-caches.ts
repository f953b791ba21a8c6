/**
 * Work a font does the same way for every document, done once per process:
 *
 * - shaping with OpenType features (the time column's tabular figures):
 *   pdfkit keeps its per-word cache for featureless text only, so every time
 *   was shaped three times per document (measured, then measured and encoded
 *   when drawn);
 * - a glyph's data for the embedded subset: fontkit's TrueType subsetter
 *   decodes each glyph's whole outline just to learn whether it is composite,
 *   for every document.
 *
 * Both return exactly what fontkit computes (pinned, 2.0.4): the PDF bytes do
 * not change.
 */
import type * as fontkit from 'fontkit';

type Layout = (text: string, features?: string[], ...rest: unknown[]) => fontkit.GlyphRun;

/** Shaped runs kept per font; cleared when full (the texts are a few hundred times, labels, numbers). */
const SHAPED_LIMIT = 20_000;

/**
 * `font`, except that shaping with features is remembered. Each call gets a
 * copy of the run with its own positions, since pdfkit scales them in place.
 */
export function withFeatureShapingCache(font: fontkit.Font): fontkit.Font {
  const layout = font.layout.bind(font) as Layout;
  const shaped = new Map<string, fontkit.GlyphRun>();
  const cached = Object.create(font) as fontkit.Font;
  cached.layout = ((text: string, features?: string[], ...rest: unknown[]) => {
    if (!Array.isArray(features) || features.length === 0 || rest.some((arg) => arg !== undefined)) return layout(text, features, ...rest);
    const key = `${features.join(',')}\u0000${text}`;
    let run = shaped.get(key);
    if (!run) {
      if (shaped.size >= SHAPED_LIMIT) shaped.clear();
      run = layout(text, features);
      shaped.set(key, run);
    }
    return copyRun(run);
  }) as fontkit.Font['layout'];
  return cached;
}

function copyRun(run: fontkit.GlyphRun): fontkit.GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as fontkit.GlyphPosition, p));
  return copy;
}

/** What fontkit's TTF subsetter takes from one glyph of the font. */
interface GlyphData {
  /** The glyph's bytes in the `glyf` table (shared: never written to). */
  bytes: Uint8Array;
  /** A composite glyph's components: their glyph ids and where each id sits in `bytes`. */
  components: Array<{ glyphID: number; pos: number }> | null;
  advance: number;
  bearing: number;
}

/** The parts of fontkit's TTFSubset (and its font) that `_addGlyph` uses. */
interface TtfSubset {
  font: FontInternals;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}

interface FontInternals {
  getGlyph(gid: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null; _getMetrics(): { leftBearing: number } };
  loca: { offsets: number[] };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  _variationProcessor?: unknown;
}

/**
 * `font`, except that its TrueType subsets read each glyph's data from a
 * per-process cache. Fonts with variations, or CFF outlines, keep fontkit's
 * own subsetter.
 */
export function withSubsetGlyphCache(font: fontkit.Font): fontkit.Font {
  const glyphs = new Map<number, GlyphData>();
  const cached = Object.create(font) as fontkit.Font;
  const createSubset = (font as unknown as { createSubset(): TtfSubset }).createSubset;
  (cached as unknown as { createSubset(): TtfSubset }).createSubset = function (this: fontkit.Font) {
    const subset = createSubset.call(this);
    if (typeof subset._addGlyph !== 'function' || subset.font._variationProcessor || !('glyf' in (subset.font as unknown as { directory: { tables: object } }).directory.tables)) {
      return subset;
    }
    subset._addGlyph = function (this: TtfSubset, gid: number): number {
      let data = glyphs.get(gid);
      if (!data) {
        data = readGlyph(this.font, gid);
        glyphs.set(gid, data);
      }
      let bytes = data.bytes;
      if (data.components) {
        // As fontkit does: a copy whose component ids point into this subset.
        bytes = new Uint8Array(bytes);
        const view = new DataView(bytes.buffer);
        for (const component of data.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: data.advance, bearing: data.bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
  return cached;
}

/** fontkit's `TTFSubset._addGlyph`, up to what depends on the subset. */
function readGlyph(font: FontInternals, gid: number): GlyphData {
  const glyph = font.getGlyph(gid);
  const glyf = glyph._decode();
  const start = font.loca.offsets[gid]!;
  const end = font.loca.offsets[gid + 1]!;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer(end - start);
  const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null;
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}
