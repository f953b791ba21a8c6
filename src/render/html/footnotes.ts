/**
 * GFM footnotes in hast: mdast-util-to-hast lists only the footnotes that the
 * text cites (with back-links). A programme's footnote whose citation was lost
 * in the source is still part of the document, so it is added to the notes
 * section, without a back-link.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

export const FOOTNOTE_PREFIX = 'user-content-';

/** The definitions no `footnoteReference` points to. */
export function uncitedFootnotes(tree: Root): FootnoteDefinition[] {
  const cited = new Set<string>();
  visit(tree, 'footnoteReference', (node) => {
    cited.add(node.identifier.toLowerCase());
  });
  return tree.children.filter(
    (node): node is FootnoteDefinition => node.type === 'footnoteDefinition' && !cited.has(node.identifier.toLowerCase()),
  );
}

/** Appends the uncited definitions to the notes section, creating it (heading and list) if the text cites none. */
export function appendUncitedFootnotes(hast: HastRoot, uncited: FootnoteDefinition[], label: string): void {
  if (uncited.length === 0) return;
  let section = hast.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes === true,
  );
  if (!section) {
    section = {
      type: 'element',
      tagName: 'section',
      properties: { dataFootnotes: true, className: ['footnotes'] },
      children: [
        { type: 'element', tagName: 'h2', properties: { id: 'footnote-label' }, children: [{ type: 'text', value: label }] },
        { type: 'text', value: '\n' },
        { type: 'element', tagName: 'ol', properties: {}, children: [] },
        { type: 'text', value: '\n' },
      ],
    };
    hast.children.push({ type: 'text', value: '\n' }, section);
  }
  const list = section.children.find((node): node is Element => node.type === 'element' && node.tagName === 'ol')!;
  for (const definition of uncited) {
    const content = toHast({ type: 'root', children: definition.children }) as HastRoot;
    list.children.push({ type: 'text', value: '\n' }, {
      type: 'element',
      tagName: 'li',
      properties: { id: `${FOOTNOTE_PREFIX}fn-${definition.identifier}` },
      children: content.children as ElementContent[],
    });
  }
  list.children.push({ type: 'text', value: '\n' });
}
