/**
 * The PDF's typefaces: Source Serif 4 for text, Source Sans 3 for headings,
 * times and the running footer (Adobe's pair, SIL OFL, full TTFs from the
 * `@expo-google-fonts/*` packages). Full TTFs rather than @fontsource's split
 * WOFF files because those drop U+202F, the narrow no-break space that French
 * typography needs; not WOFF2 because pdfkit's subsetter garbles accents there.
 *
 * Text is shaped with the reduced copies in assets/fonts/ (see
 * reduced-fonts.ts): shaping with the full fonts' layout tables was the
 * costliest part of a first render.
 *
 * Each file is read and parsed by fontkit once per process, on first use, and
 * the parsed fonts are handed to every document (pdfkit accepts fontkit
 * instances), so a render only pays for subsetting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { withFeatureShapingCache, withSubsetGlyphCache } from './font-caches.js';
import { REDUCED_DIR, withReducedShaping } from './reduced-fonts.js';

const FONT_FILES = {
  serif: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  serifItalic: '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  serifSemibold: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  sans: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  sansSemibold: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  sansBold: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;
export const FONT_NAMES = Object.keys(FONT_FILES) as FontName[];

let parsed: Record<FontName, fontkit.Font> | undefined;

/** The parsed fonts, loaded on the first call and kept for the process. */
export function loadFonts(): Record<FontName, fontkit.Font> {
  if (parsed) return parsed;
  const require = createRequire(import.meta.url);
  const fonts = {} as Record<FontName, fontkit.Font>;
  for (const name of FONT_NAMES) {
    const full = openFont(readFileSync(require.resolve(FONT_FILES[name])), FONT_FILES[name]);
    const reducedFile = REDUCED_DIR && new URL(`${name}.ttf`, REDUCED_DIR);
    const shaping = reducedFile && existsSync(reducedFile) ? withReducedShaping(full, openFont(readFileSync(reducedFile), reducedFile.pathname)) : full;
    fonts[name] = withSubsetGlyphCache(withFeatureShapingCache(shaping));
  }
  parsed = fonts;
  return fonts;
}

function openFont(bytes: Buffer, file: string): fontkit.Font {
  const font = fontkit.create(bytes);
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

/**
 * pdfkit shapes each word once per document and keeps the result in its
 * font's `layoutCache`; shaping depends only on the font, so the caches are
 * shared by every document (a fresh one once a cache grows too big).
 */
const layoutCaches = new Map<FontName, Record<string, unknown>>();
const LAYOUT_CACHE_LIMIT = 50_000;

/** Registers every face under its `FontName` in a new document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();
  for (const name of FONT_NAMES) {
    // pdfkit ≥ 0.20 takes a parsed fontkit font; @types/pdfkit predates that.
    doc.registerFont(name, fonts[name] as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font(name);
    const embedded = (doc as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font;
    let cache = layoutCaches.get(name);
    if (!cache || Object.keys(cache).length > LAYOUT_CACHE_LIMIT) {
      cache = Object.create(null) as Record<string, unknown>;
      layoutCaches.set(name, cache);
    }
    // Only where pdfkit keeps a cache at all (its `fontLayoutCache` option).
    if (embedded.layoutCache) embedded.layoutCache = cache;
  }
}

/** Whether the text face can draw this character (else it is substituted). */
export function textFontHasGlyph(codePoint: number): boolean {
  return loadFonts().serif.hasGlyphForCodePoint(codePoint);
}
