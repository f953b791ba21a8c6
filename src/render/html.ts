/**
 * HTML export: one self-contained page (inline style, no script, no external
 * resource) of the programme, to put online as it is. Built from the same
 * mdast as the Markdown (`programmeToMdast`), turned into hast by
 * mdast-util-to-hast (GFM footnotes with back-links) and serialised by
 * hast-util-to-html; sessions get `<time datetime>` and a time column.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Programme } from '../model/programme.js';
import { resolveTimezone } from '../schedule/zone.js';
import { appendUncitedFootnotes, FOOTNOTE_PREFIX, uncitedFootnotes } from './html/footnotes.js';
import { linkify } from './html/linkify.js';
import { wrapInPage } from './html/page.js';
import { markSessions } from './html/schedule.js';
import { labelsFor } from './labels.js';
import { programmeToMdast } from './markdown/tree.js';
import type { Renderer, RenderContext } from './renderer.js';

/** The footnotes' back-link label, read by screen readers. */
const BACK_LABELS: Record<string, string> = { fr: 'Retour au texte', en: 'Back to content' };

export function renderHtml(programme: Programme, context: RenderContext): string {
  const zone = resolveTimezone(context.options.timezone);
  const { language } = programme;
  const notesLabel = labelsFor(language).footnotes;

  const tree = programmeToMdast(programme);
  markSessions(tree, programme, zone);
  const uncited = uncitedFootnotes(tree);
  const hast = toHast(tree, {
    clobberPrefix: FOOTNOTE_PREFIX,
    footnoteLabel: notesLabel,
    footnoteLabelTagName: 'h2',
    footnoteLabelProperties: {},
    footnoteBackLabel: BACK_LABELS[language] ?? BACK_LABELS.en!,
  }) as HastRoot;
  appendUncitedFootnotes(hast, uncited, notesLabel);
  linkify(hast);

  const title = programme.title ?? fileStem(programme.source.file);
  return toHtml(wrapInPage(hast, { language, title }), { upperDoctype: true });
}

/** `dir/Programme 2024.docx` → `Programme 2024`: the page's title when the document has none. */
function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, '') || base;
}

const renderer: Renderer = {
  format: 'html',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  render: (programme, context) => new TextEncoder().encode(renderHtml(programme, context)),
};

export default renderer;
