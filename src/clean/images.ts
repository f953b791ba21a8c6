/** Pictures carry no programme text: drop image nodes, and the blocks they leave empty. */
import type { Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { removeBlock } from '../mdast/layout.js';

export function dropImages(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if ((node.type === 'image' || node.type === 'imageReference') && parent && index !== undefined) {
      (parent as Parent).children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  for (let i = tree.children.length - 1; i >= 0; i--) {
    const node = tree.children[i]!;
    if (node.type === 'paragraph' && toString(node).trim() === '') removeBlock(tree, i);
  }
}
