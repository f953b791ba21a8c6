/**
 * Measured pieces of the document, placed one after another by the flow.
 * Structure elements are created in `place`, so the structure tree follows
 * the reading order.
 */
import type { Flow, Struct, TextBlock } from './flow.js';

export interface Item {
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Height that must fit on a page for the item to start there. */
  minStart: number;
  /** Footnotes cited in that starting height. */
  startNotes: number[];
  /** Headings: never left alone at the foot of a page. */
  keepWithNext?: boolean;
  place(flow: Flow): void;
}

/** Lines a multi-line block needs at the start of a page (no orphan, no widow). */
export function minStartLines(lineCount: number): number {
  return lineCount <= 3 ? lineCount : 2;
}

export function placeItems(flow: Flow, items: readonly Item[]): void {
  items.forEach((item, index) => {
    flow.skip(item.spaceBefore);
    let need = item.minStart;
    const notes = [...item.startNotes];
    // A heading brings the start of what follows it (and a run of headings, all of them).
    for (let j = index; items[j]?.keepWithNext; j++) {
      const next = items[j + 1];
      if (!next) break;
      need += next.spaceBefore + next.minStart;
      notes.push(...next.startNotes);
    }
    if (!flow.fits(need, notes) && !flow.atTop) flow.newPage();
    item.place(flow);
  });
}

/** An item made of one text block in one structure element (P, H2 …). */
export function textItem(
  block: TextBlock,
  parent: () => Struct,
  type: string,
  x: number,
  spaceBefore: number,
  extra: { keepWithNext?: boolean; onPlace?: (flow: Flow) => void; structOptions?: Record<string, unknown> } = {},
): Item {
  const startLines = extra.keepWithNext ? block.lines.length : minStartLines(block.lines.length);
  return {
    spaceBefore,
    minStart: startLines * block.lineHeight,
    startNotes: block.lines.slice(0, startLines).flatMap((l) => l.footnotes),
    ...(extra.keepWithNext ? { keepWithNext: true } : {}),
    place(flow) {
      extra.onPlace?.(flow);
      const element = flow.struct(parent(), type, extra.structOptions);
      if (extra.keepWithNext) flow.placeLines(element, block, x);
      else flow.flowBlock(element, block, x);
      element.end();
    },
  };
}
