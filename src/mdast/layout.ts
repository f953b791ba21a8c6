/** Reading and carrying the layout hints (`LayoutData`) that readers put on mdast nodes. */
import type { Node, Parent, RootContent } from 'mdast';
import type { LayoutData } from '../model/document.js';

export function layoutOf(node: Node): LayoutData {
  return (node.data ?? {}) as LayoutData;
}

/**
 * Removes `parent.children[index]`, handing its blank-line count and page
 * break on to the block that follows, so that removing junk never glues two
 * separate parts of the page together.
 */
export function removeBlock(parent: Parent, index: number): void {
  const [removed] = parent.children.splice(index, 1);
  const next = parent.children[index] as RootContent | undefined;
  if (!removed || !next) return;
  const gone = layoutOf(removed);
  const kept = { ...layoutOf(next) };
  kept.blankLinesBefore = (kept.blankLinesBefore ?? 0) + (gone.blankLinesBefore ?? 0) + 1;
  if (gone.pageBreakBefore) kept.pageBreakBefore = true;
  next.data = kept as Node['data'];
}
