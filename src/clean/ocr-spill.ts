/**
 * OCR spill: when a text extraction OCRs a picture (a logo, a screenshot),
 * the picture's "text" follows its placeholder: `[image: x.jpg]=1`, then
 * short lines such as `B[4 | x |9 nes` or `Pagev Sécurtév Outisv`.
 *
 * A spill region starts at an image and runs over the short lines that
 * follow it with at most one blank line between them (never over a schedule
 * line). When a third or more of the region is not language, the whole
 * region is the picture's text and goes; when less, only its junk lines and
 * its word fragments go, and full sentences stay.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ProgrammeWarning } from '../model/programme.js';
import { layoutOf, removeBlock } from '../mdast/layout.js';
import { startsWithTime } from '../parse/time.js';
import { isFragment, isLanguage } from '../text/language-like.js';
import { collapseSpace } from '../text/normalize.js';

const MAX_REGION_LINES = 16;
/** Longer lines are prose, not text read from a picture. */
const MAX_SPILL_WORDS = 12;
const JUNK_SHARE_FOR_WHOLE_REGION = 1 / 3;

export function ocrSpill(tree: Root, warnings: ProgrammeWarning[]): void {
  const blocks = tree.children;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || !hasImage(block)) continue;
    const para = block as Paragraph;
    const lastImage = para.children.findLastIndex((c) => c.type === 'image');
    const trailing = collapseSpace(toString({ type: 'paragraph', children: para.children.slice(lastImage + 1) }));

    // The region: the image's trailing text, then the short lines right below it.
    const region: Array<{ index: number; text: string }> = [];
    for (let j = i + 1; j < blocks.length && region.length < MAX_REGION_LINES; j++) {
      const next = blocks[j]!;
      const layout = layoutOf(next);
      const text = collapseSpace(toString(next));
      if (hasImage(next) || (layout.blankLinesBefore ?? 0) > 1 || layout.pageBreakBefore || !isShortLine(text)) break;
      region.push({ index: j, text });
    }
    const all = [...(trailing ? [trailing] : []), ...region.map((r) => r.text)];
    const junk = all.filter((t) => !isLanguage(t)).length;
    if (junk === 0) continue;
    const whole = junk / all.length >= JUNK_SHARE_FOR_WHOLE_REGION;
    const isSpill = (text: string) => whole || !isLanguage(text) || isFragment(text);

    const dropped: string[] = [];
    if (trailing && isSpill(trailing)) {
      para.children.splice(lastImage + 1);
      dropped.push(trailing);
    }
    for (const { index, text } of [...region].reverse()) {
      if (!isSpill(text)) continue;
      removeBlock(tree, index);
      dropped.splice(trailing && isSpill(trailing) ? 1 : 0, 0, text);
    }
    if (dropped.length > 0) {
      warnings.push({ code: 'ocr-spill-removed', message: `removed text read from a picture: ${dropped.map((t) => JSON.stringify(t)).join(', ')}` });
    }
  }
}

function isShortLine(text: string): boolean {
  return text.split(/\s+/u).length <= MAX_SPILL_WORDS && !startsWithTime(text);
}

function hasImage(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.some((c) => c.type === 'image' || c.type === 'imageReference');
}
