// Builds assets/fonts/: the PDF's faces cut down to the characters a
// Latin-script programme uses, so that a render shapes text with small
// GSUB/GPOS tables instead of decoding the full fonts' (the costliest part of
// a first render). harfbuzz's subsetter (harfbuzzjs, wasm, offline) keeps the
// layout features fontkit applies (kerning, ligatures, tabular figures…) and, with retained
// glyph ids, numbers each glyph as the full font does: the renderer shapes
// with the reduced face, shapes any text it lacks with the full one, and
// embeds glyphs from the full font, so the PDF looks exactly as before.
// Run after updating the @expo-google-fonts packages: `node scripts/build-fonts.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Kept in step with FONT_FILES in src/render/pdf/fonts.ts (its test checks). */
export const FONT_FILES = {
  serif: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  serifItalic: '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  serifSemibold: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  sans: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  sansSemibold: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  sansBold: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
};

/** Code point ranges kept (inclusive). Anything else is shaped with the full font. */
export const KEPT_RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A
  [0x0218, 0x021b], // Romanian comma-below letters
  [0x02bc, 0x02bc], // modifier apostrophe
  [0x02c6, 0x02dd], // spacing accents
  [0x0300, 0x036f], // combining accents (decomposed text)
  [0x2000, 0x206f], // General Punctuation (incl. U+202F, dashes, quotes, …, •)
  [0x2070, 0x209f], // superscript and subscript digits
  [0x20a0, 0x20cf], // currency signs (€)
  [0x2100, 0x214f], // letterlike symbols (№, ™, ℓ)
  [0x2190, 0x2199], // arrows
  [0x2212, 0x2212], // minus
  [0x25a0, 0x25cf], // squares, circles (list bullets)
  [0xfb00, 0xfb06], // Latin ligatures
];

/**
 * The layout features fontkit applies to horizontal Latin text (its default
 * shaper's list) plus those the renderer asks for: the others are never used.
 */
export const KEPT_FEATURES = [
  'rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk',
  'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'tnum',
];

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x00000002;

async function loadHarfbuzz() {
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm);
  instance.exports._initialize();
  return instance.exports;
}

/** The font reduced to the kept code points, every layout feature and glyph id retained. */
function reduce(hb, font) {
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('harfbuzz: cannot create a subset input');
  const buffer = hb.malloc(font.byteLength);
  heap().set(font, buffer);
  const blob = hb.hb_blob_create(buffer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);

  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb.hb_set_clear(features);
  for (const tag of KEPT_FEATURES) hb.hb_set_add(features, [...tag].reduce((a, c) => (a << 8) + c.charCodeAt(0), 0));
  hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_RETAIN_GIDS);
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const [first, last] of KEPT_RANGES) for (let cp = first; cp <= last; cp++) hb.hb_set_add(unicodes, cp);

  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (!subset) throw new Error('harfbuzz: subsetting failed');
  const result = hb.hb_face_reference_blob(subset);
  const offset = hb.hb_blob_get_data(result, 0);
  const length = hb.hb_blob_get_length(result);
  // fontkit reads a glyph header (10 bytes) even for an empty glyph, at its
  // offset: for the trailing empty glyphs (spaces) that is the end of the
  // file when glyf comes last. Zeros there read as the empty box they are.
  const bytes = Buffer.concat([heap().slice(offset, offset + length), Buffer.alloc(12)]);
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  hb.free(buffer);
  if (length === 0) throw new Error('harfbuzz: empty subset');
  return bytes;
}

const outDir = new URL('../assets/fonts/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const hb = await loadHarfbuzz();
for (const [name, file] of Object.entries(FONT_FILES)) {
  const full = readFileSync(require.resolve(file));
  const reduced = reduce(hb, full);
  writeFileSync(new URL(`${name}.ttf`, outDir), reduced);
  process.stdout.write(`${name}.ttf: ${full.length} → ${reduced.length} bytes\n`);
}
