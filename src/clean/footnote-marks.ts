/**
 * Footnotes in text extractions: the mark became `�` (U+FFFD). A block that
 * starts with `�` is a footnote's body; a `�` alone is the separator line
 * above the notes; a `�` inside text is a reference. Bodies become mdast
 * `footnoteDefinition`s (labelled 1, 2, … in order) at the end of the tree,
 * references become `footnoteReference`s. A body with no reference left is
 * attached where the extraction broke a paragraph (see broken-paragraphs),
 * else kept unreferenced with a warning. Any other stray `�` is removed.
 */
import type { FootnoteDefinition, FootnoteReference, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ProgrammeWarning } from '../model/programme.js';
import { removeBlock } from '../mdast/layout.js';
import type { JoinData } from './broken-paragraphs.js';

const MARK = '\ufffd';

export function footnoteMarks(tree: Root, warnings: ProgrammeWarning[]): void {
  const existing = new Set<string>();
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => void existing.add(node.identifier));
  let nextLabel = 1;
  const newLabel = () => {
    while (existing.has(String(nextLabel))) nextLabel++;
    existing.add(String(nextLabel));
    return String(nextLabel);
  };

  // 1. Bodies and separators, at block level.
  const bodies: FootnoteDefinition[] = [];
  for (let i = 0; i < tree.children.length; i++) {
    const node = tree.children[i]!;
    if (node.type !== 'paragraph') continue;
    const text = toString(node).trim();
    if (!text.startsWith(MARK)) continue;
    if (text.replaceAll(MARK, '').trim() === '') {
      removeBlock(tree, i--);
      continue;
    }
    stripLeadingMark(node);
    bodies.push({ type: 'footnoteDefinition', identifier: '', label: '', children: [node] });
    removeBlock(tree, i--);
  }

  // 2. References inside text, in reading order, take the bodies in order.
  let used = 0;
  let strays = 0;
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes(MARK)) return;
    const parts: PhrasingContent[] = [];
    node.value.split(MARK).forEach((piece, k, all) => {
      if (piece) parts.push({ type: 'text', value: piece });
      if (k === all.length - 1) return;
      // A mark between two letters is a mis-decoded character, not a note.
      const between = /\p{L}$/u.test(piece) && /^\p{L}/u.test(all[k + 1] ?? '');
      if (!between && used < bodies.length) parts.push(reference(bodies[used++]!, newLabel));
      else strays++;
    });
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });

  // 3. Bodies still unreferenced go where a paragraph was broken.
  if (used < bodies.length) {
    visit(tree, 'paragraph', (node: Paragraph) => {
      const joins = (node.data as JoinData | undefined)?.joins ?? [];
      let inserted = 0;
      for (const at of [...joins].sort((a, b) => a - b)) {
        if (used >= bodies.length) break;
        node.children.splice(at + inserted++, 0, reference(bodies[used++]!, newLabel));
      }
    });
  }
  for (const body of bodies.slice(used)) {
    const label = newLabel();
    body.identifier = label;
    body.label = label;
    warnings.push({ code: 'footnote-unreferenced', message: `footnote ${label} has no mark left in the text: kept without a reference` });
  }
  if (strays > 0) warnings.push({ code: 'replacement-character', message: `removed ${strays} unreadable character(s) (U+FFFD)` });
  // Reading order of the references may differ from the bodies' order: number by first citation.
  tree.children.push(...bodies.filter((b) => b.identifier !== ''));
}

function reference(body: FootnoteDefinition, newLabel: () => string): FootnoteReference {
  const label = newLabel();
  body.identifier = label;
  body.label = label;
  return { type: 'footnoteReference', identifier: label, label };
}

function stripLeadingMark(paragraph: Paragraph): void {
  const first = paragraph.children.find((c): c is Text => c.type === 'text');
  if (first) first.value = first.value.replace(/^[\s\u00a0]*\ufffd+[\s\u00a0]*/u, '');
  visit(paragraph, 'text', (t: Text) => void (t.value = t.value.replaceAll(MARK, '')));
}
