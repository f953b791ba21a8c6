/**
 * Shaping with reduced fonts. scripts/build-fonts.mjs cuts each face down to
 * the characters of Latin-script text (assets/fonts/), keeping the layout
 * features fontkit applies and every glyph's id. A reduced font's layout
 * tables decode and run much faster than the full font's, and since glyph ids
 * and metrics are those of the full font, its glyph runs can be embedded from
 * the full font unchanged: the PDF is the same as with the full font alone.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as fontkit from 'fontkit';

/**
 * assets/fonts/ of this package, found through its own package.json (source
 * and bundle sit at different depths); undefined if it cannot be found, and
 * the full fonts then shape everything.
 */
export const REDUCED_DIR: URL | undefined = (() => {
  try {
    const packageJson = createRequire(import.meta.url).resolve('programme-pipeline/package.json');
    return pathToFileURL(`${join(dirname(packageJson), 'assets', 'fonts')}/`);
  } catch {
    return undefined;
  }
})();

const reducedShapers = new WeakSet<object>();

/** Whether `font` (or a font it wraps) shapes with a reduced copy. */
export function shapesWithReducedFont(font: fontkit.Font): boolean {
  for (let at: object | null = font; at; at = Object.getPrototypeOf(at) as object | null) if (reducedShapers.has(at)) return true;
  return false;
}

/**
 * The full font, except that text made only of characters the reduced font
 * maps is shaped with the reduced one. Everything else (metrics, the subset
 * that pdfkit embeds, glyph look-ups) comes from the full font; text with any
 * other character (Greek, Vietnamese, …) is shaped by the full font as before.
 */
export function withReducedShaping(full: fontkit.Font, reduced: fontkit.Font): fontkit.Font {
  const covered = new Set(reduced.characterSet);
  const font = Object.create(full) as fontkit.Font;
  reducedShapers.add(font);
  font.layout = (text: string, ...rest: unknown[]) => {
    let source = reduced;
    for (const char of text) {
      if (!covered.has(char.codePointAt(0) as number)) {
        source = full;
        break;
      }
    }
    return (source.layout as (text: string, ...rest: unknown[]) => fontkit.GlyphRun)(text, ...rest);
  };
  return font;
}
