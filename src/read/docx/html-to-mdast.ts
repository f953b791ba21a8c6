/**
 * mammoth's HTML → hast → mdast, keeping what the later stages need:
 * real footnote references and definitions (mammoth's back-link arrows
 * dropped), one mdast paragraph per Word paragraph, table cells as phrasing
 * (paragraphs joined by a `break`), and empty paragraphs and page breaks as
 * temporary markers that `layout.ts` turns into layout data.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { applyLayoutMarkers, BLANK_MARKER, PAGE_BREAK_MARKER } from './layout.js';

/** mammoth writes `br[type='page']` as this (see `mammoth-convert.ts`); renamed before parsing so HTML's rules do not close the paragraph. */
const PAGE_BREAK_HTML = /<hr class="page-break"\s*\/?>/g;
const PAGE_BREAK_TAG = 'x-page-break';
const NOTE_ID = /^(footnote|endnote)-(.+)$/;
const NOTE_BACKLINK = /^#(footnote|endnote)-ref-/;

export function htmlToMdast(html: string): Root {
  const hast = fromHtml(html.replace(PAGE_BREAK_HTML, `<${PAGE_BREAK_TAG}></${PAGE_BREAK_TAG}>`), { fragment: true });
  // Positions would point into mammoth's intermediate HTML, not the document;
  // dropped now, toMdast neither copies nor carries them.
  stripPositions(hast);
  const notes = takeNoteLists(hast);
  const labels = noteLabels(hast);
  flattenTableCells(hast);
  promoteFirstRows(hast);

  const handlers = makeHandlers(labels);
  const tree = toMdast(hast, { handlers }) as Root;
  for (const item of notes) {
    const id = String(item.properties.id);
    removeBacklinks(item);
    const body = toMdast({ type: 'root', children: item.children }, { handlers }) as Root;
    const label = labels.get(id) ?? fallbackLabel(id);
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: label.toLowerCase(),
      label,
      children: body.children as FootnoteDefinition['children'],
    };
    tree.children.push(definition);
  }
  applyLayoutMarkers(tree);
  stripPositions(tree);
  return tree;
}

function makeHandlers(labels: Map<string, string>): Record<string, Handle> {
  return {
    a(state, node) {
      const href = String(node.properties.href ?? '');
      const target = href.startsWith('#') ? href.slice(1) : '';
      if (NOTE_ID.test(target)) {
        const label = labels.get(target) ?? fallbackLabel(target);
        return { type: 'footnoteReference', identifier: label.toLowerCase(), label };
      }
      return defaultHandlers.a(state, node);
    },
    p(state, node) {
      const children = state.all(node);
      if (children.every(isBlankPhrasing)) return { ...BLANK_MARKER, data: { ...BLANK_MARKER.data } } as RootContent;
      return defaultHandlers.p(state, node);
    },
    // A merged cell (Word's gridSpan, vMerge) keeps its width and height: a timetable grid's cell spanning the day columns
    // is a session on each day; a day cell merged down the first column dates every row it spans.
    td: (state, node) => withSpans(defaultHandlers.td(state, node), node),
    th: (state, node) => withSpans(defaultHandlers.th(state, node), node),
    [PAGE_BREAK_TAG]: () => ({ ...PAGE_BREAK_MARKER, data: { ...PAGE_BREAK_MARKER.data } }) as RootContent,
  };
}

function withSpans<T extends { data?: { colSpan?: number; rowSpan?: number } }>(cell: T, node: Element): T {
  const colSpan = Number(node.properties.colSpan);
  if (Number.isInteger(colSpan) && colSpan > 1) cell.data = { ...cell.data, colSpan };
  const rowSpan = Number(node.properties.rowSpan);
  if (Number.isInteger(rowSpan) && rowSpan > 1) cell.data = { ...cell.data, rowSpan };
  return cell;
}

function isBlankPhrasing(node: RootContent): boolean {
  if (node.type === 'break') return true;
  return node.type === 'text' && node.value.trim() === '';
}

/** Removes mammoth's footnote/endnote lists (`<ol>` of `<li id="footnote-N">`) and returns their items. */
function takeNoteLists(root: HastRoot): Element[] {
  const items: Element[] = [];
  root.children = root.children.filter((child) => {
    if (child.type !== 'element' || child.tagName !== 'ol') return true;
    const listItems = child.children.filter((c): c is Element => c.type === 'element');
    const isNotes = listItems.length > 0 && listItems.every((li) => li.tagName === 'li' && NOTE_ID.test(String(li.properties.id ?? '')));
    if (isNotes) items.push(...listItems);
    return !isNotes;
  });
  return items;
}

/**
 * The label each note is cited with (mammoth writes `[1]`), keyed by the
 * note's id. Endnotes get lower-case roman numerals (Word's default) when
 * the document has footnotes too, so the two series cannot collide.
 */
function noteLabels(root: HastRoot): Map<string, string> {
  const labels = new Map<string, string>();
  const references: Array<{ id: string; kind: string; text: string }> = [];
  visitElements(root, (element) => {
    const href = String(element.properties.href ?? '');
    const match = element.tagName === 'a' && href.startsWith('#') ? NOTE_ID.exec(href.slice(1)) : null;
    if (match) references.push({ id: href.slice(1), kind: match[1]!, text: textOf(element).replace(/^\[|\]$/g, '').trim() });
  });
  const hasFootnotes = references.some((r) => r.kind === 'footnote');
  for (const { id, kind, text } of references) {
    if (labels.has(id)) continue;
    const number = Number(text);
    labels.set(id, kind === 'endnote' && hasFootnotes && Number.isInteger(number) && number > 0 ? roman(number) : text || fallbackLabel(id));
  }
  return labels;
}

function fallbackLabel(id: string): string {
  return NOTE_ID.exec(id)?.[2] ?? id;
}

function roman(value: number): string {
  const numerals: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** Drops mammoth's "↑" links back to the citation. */
function removeBacklinks(element: Element): void {
  element.children = element.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'a' && NOTE_BACKLINK.test(String(child.properties.href ?? ''))),
  );
  for (const child of element.children) if (child.type === 'element') removeBacklinks(child);
}

/** A Word cell holds paragraphs; an mdast cell holds phrasing: join the paragraphs with line breaks. */
function flattenTableCells(root: HastRoot): void {
  visitElements(root, (element) => {
    if (element.tagName !== 'td' && element.tagName !== 'th') return;
    const inline: ElementContent[] = [];
    for (const child of element.children) {
      if (child.type === 'element' && child.tagName === 'p') {
        if (textOf(child).trim() === '' && !hasElement(child, 'img')) continue;
        if (inline.length > 0) inline.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        inline.push(...child.children);
      } else if (!(child.type === 'text' && child.value.trim() === '' && inline.length === 0)) {
        inline.push(child);
      }
    }
    element.children = inline;
  });
}

function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  for (const child of node.children ?? []) stripPositions(child as { position?: unknown });
}

/**
 * Word tables have no required header row but mdast's first row is the
 * header: make mammoth's first row that header rather than let the
 * converter add an empty one.
 */
function promoteFirstRows(root: HastRoot): void {
  visitElements(root, (element) => {
    if (element.tagName !== 'table') return;
    const rows: Element[] = [];
    const collect = (node: Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'tr') rows.push(child);
        else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') collect(child);
      }
    };
    collect(element);
    for (const cell of rows[0]?.children ?? []) {
      if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
    }
  });
}

function visitElements(node: HastRoot | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      visitElements(child, visit);
    }
  }
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

function hasElement(node: Element, tagName: string): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === tagName || hasElement(child, tagName)));
}
