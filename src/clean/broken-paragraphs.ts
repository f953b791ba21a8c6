/**
 * Text extractions break a paragraph where an inline object sat (a footnote
 * mark, a field): the line after the break then starts with `,` `;` `.` `)`
 * instead of a word. Such a line is glued back to the paragraph above, and
 * the join is remembered (`data.joins`) because a footnote mark that the
 * extraction lost was most likely there.
 */
import type { Paragraph, Root } from 'mdast';
import { layoutOf } from '../mdast/layout.js';

const CONTINUATION = /^[\s\u00a0]*[,;.)\]»]/u;

export interface JoinData {
  /** Positions, as indexes into `children`, where a broken paragraph was joined. */
  joins?: number[];
}

export function brokenParagraphs(tree: Root): void {
  const blocks = tree.children;
  for (let i = 1; i < blocks.length; i++) {
    const node = blocks[i]!;
    const previous = blocks[i - 1]!;
    if (node.type !== 'paragraph' || previous.type !== 'paragraph') continue;
    const layout = layoutOf(node);
    if ((layout.blankLinesBefore ?? 0) > 0 || layout.pageBreakBefore) continue;
    const first = node.children[0];
    if (first?.type !== 'text' || !CONTINUATION.test(first.value)) continue;
    first.value = first.value.replace(/^[\s\u00a0]+/u, '');
    const data = (previous.data ?? {}) as JoinData;
    trimEnd(previous);
    previous.data = { ...previous.data, joins: [...(data.joins ?? []), previous.children.length] } as Paragraph['data'];
    previous.children.push(...node.children);
    blocks.splice(i--, 1);
  }
}

/** Drops trailing white space of a paragraph so the join sits right after its last character. */
function trimEnd(paragraph: Paragraph): void {
  const last = paragraph.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\s\u00a0]+$/u, '');
}
