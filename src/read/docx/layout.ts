/**
 * Turns the temporary markers left by `html-to-mdast.ts` into layout data:
 * empty Word paragraphs are removed and counted in the next block's
 * `data.blankLinesBefore`; a page break is removed and sets the next block's
 * `data.pageBreakBefore` (see `LayoutData`).
 */
import type { Html, Parent, RootContent, ThematicBreak } from 'mdast';
import type { LayoutData } from '../../model/document.js';

type MarkerKind = 'blank' | 'page-break';
interface MarkerData {
  docxMarker?: MarkerKind;
}

/** An empty paragraph: flow content, so mdast never wraps it in a paragraph. */
export const BLANK_MARKER: ThematicBreak = { type: 'thematicBreak', data: { docxMarker: 'blank' } as MarkerData as ThematicBreak['data'] };
/** A page break: phrasing content, as Word keeps it inside a paragraph. */
export const PAGE_BREAK_MARKER: Html = { type: 'html', value: '', data: { docxMarker: 'page-break' } as MarkerData as Html['data'] };

const markerOf = (node: { data?: unknown }): MarkerKind | undefined => (node.data as MarkerData | undefined)?.docxMarker;

/** Containers whose children are blocks (flow content). */
const FLOW_CONTAINERS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

export function applyLayoutMarkers(parent: Parent): void {
  if (FLOW_CONTAINERS.has(parent.type)) {
    parent.children = layoutBlocks(parent.children as RootContent[]) as Parent['children'];
  } else {
    // Markers in phrasing or table content carry nothing useful: drop them.
    parent.children = parent.children.filter((child) => !markerOf(child)) as Parent['children'];
  }
  for (const child of parent.children) {
    if ('children' in child) applyLayoutMarkers(child as Parent);
  }
}

function layoutBlocks(children: RootContent[]): RootContent[] {
  const blocks: RootContent[] = [];
  let blankLines = 0;
  let pageBreak = false;
  for (const child of children) {
    const marker = markerOf(child);
    if (marker === 'blank') {
      blankLines++;
      continue;
    }
    if (marker === 'page-break') {
      pageBreak = true;
      continue;
    }
    let breakAfter = false;
    if ('children' in child && (child.type === 'paragraph' || child.type === 'heading')) {
      const found = takePageBreaks(child as Parent);
      if (found.any) {
        if (!hasContent(child as Parent)) {
          // A paragraph that only held the break (Ctrl+Enter): not a blank line.
          pageBreak = true;
          continue;
        }
        if (found.atStart) pageBreak = true;
        else breakAfter = true;
      }
    }
    const data = (child.data ??= {}) as LayoutData;
    if (blankLines > 0) data.blankLinesBefore = blankLines;
    if (pageBreak) data.pageBreakBefore = true;
    if (Object.keys(data).length === 0) delete child.data;
    blocks.push(child);
    blankLines = 0;
    pageBreak = breakAfter;
  }
  return blocks;
}

/** Removes page-break markers from a paragraph; tells whether one came before any content. */
function takePageBreaks(paragraph: Parent): { any: boolean; atStart: boolean } {
  let any = false;
  let atStart = false;
  let contentSeen = false;
  const walk = (node: Parent) => {
    const kept: Parent['children'] = [];
    for (const child of node.children) {
      if (markerOf(child) === 'page-break') {
        if (!any && !contentSeen) atStart = true;
        any = true;
        continue;
      }
      if ('children' in child) walk(child as Parent);
      else if (isContent(child as RootContent)) contentSeen = true;
      kept.push(child);
    }
    node.children = kept;
  };
  walk(paragraph);
  return { any, atStart };
}

function isContent(node: RootContent): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  return node.type !== 'break' && !markerOf(node);
}

function hasContent(node: Parent): boolean {
  return node.children.some((child) => ('children' in child ? hasContent(child as Parent) : isContent(child as RootContent)));
}
