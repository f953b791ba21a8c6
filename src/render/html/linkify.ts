/** Makes the web addresses written in the programme's text clickable (`http(s)://…` and `www.…`). */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { splitUrls } from '../../text/urls.js';

export function linkify(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    if (parent.type === 'element' && (parent as Element).tagName === 'a') return;
    const parts = linkParts(node.value);
    if (parts.length === 1 && parts[0]!.type === 'text') return;
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}

function linkParts(value: string): ElementContent[] {
  return splitUrls(value).map((part) =>
    part.type === 'text'
      ? { type: 'text', value: part.value }
      : { type: 'element', tagName: 'a', properties: { href: part.href }, children: [{ type: 'text', value: part.value }] },
  );
}
