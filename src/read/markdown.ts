/** Programmes kept in Markdown: remark-parse (with GFM tables and footnotes) gives the mdast directly. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Break, Parent, Root } from 'mdast';
import { decodeText } from '../text/decode.js';
import type { Reader } from './reader.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** `<br>`, `<br/>`, `<br />` written inline (the only way to break a line inside a GFM table cell). */
const BR_TAG = /^<br\s*\/?>$/iu;

/** Inline `<br>` tags arrive as raw `html` nodes: make them the line breaks they mean. */
export function brTagsToBreaks(tree: Root): void {
  visit(tree, 'html', (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || !BR_TAG.test(node.value.trim())) return;
    // Only inside phrasing content: a `<br>` alone on a line is a block, not a break in a line.
    if (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem') return;
    const lineBreak: Break = { type: 'break', ...(node.position ? { position: node.position } : {}) };
    parent.children.splice(index, 1, lineBreak);
    return [SKIP, index + 1];
  });
}

/**
 * Definition lists as Markdown Extra and pandoc write them ("13:30–13:45" then
 * ": Welcome", ": *Dr Helen Firth*"): remark has no syntax for them, so each
 * definition's `: ` marker is taken off and its text read as a line under the
 * term, as a programme means it.
 */
export function withoutDefinitionMarkers(markdown: string): string {
  return markdown.replace(/^:[ \t]+(?=\S)/gmu, '');
}

const reader: Reader = {
  format: 'md',
  async read({ bytes }) {
    const tree = processor.runSync(processor.parse(withoutDefinitionMarkers(decodeText(bytes)))) as Root;
    brTagsToBreaks(tree);
    return { format: 'md', tree, headers: [], metadata: {}, warnings: [] };
  },
};
export default reader;
