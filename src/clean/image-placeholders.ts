/**
 * Text extractions write images as `[image: image1.jpg]`. Turn each such
 * placeholder into a real mdast `image` node, so that every later transform
 * deals with images one way, whatever the input format.
 */
import type { Image, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const PLACEHOLDER = /\[(?:image|img|picture|figure|graphic|photo)(?:\s*:\s*([^\]\n]*))?\]/giu;

export function imagePlaceholders(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !PLACEHOLDER.test(node.value)) return;
    PLACEHOLDER.lastIndex = 0;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(PLACEHOLDER)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      const image: Image = { type: 'image', url: (match[1] ?? '').trim(), alt: null };
      parts.push(image);
      last = match.index + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}
