/** Makes the web addresses written in the programme's text clickable (`http(s)://…` and `www.…`). */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

// Trailing punctuation is the sentence's, not the address's.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]»’]/giu;

export function linkify(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    if (parent.type === 'element' && (parent as Element).tagName === 'a') return;
    const parts = splitUrls(node.value);
    if (parts.length === 1 && parts[0]!.type === 'text') return;
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}

function splitUrls(value: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(URL_PATTERN)) {
    const url = match[0];
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    const href = url.startsWith('www.') ? `https://${url}` : url;
    parts.push({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: url }] });
    last = match.index + url.length;
  }
  if (last < value.length || parts.length === 0) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
