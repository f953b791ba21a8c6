/** Wraps the programme's hast in a complete, self-contained HTML document with landmarks. */
import type { ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { PROGRAMME_CSS } from './style.js';

export interface PageMeta {
  language: string;
  title: string;
}

export function wrapInPage(content: Root, meta: PageMeta): Root {
  const { header, main } = splitHeader(content.children);
  // Every page gets a top-level heading: the document's title, else the page's.
  if (!header.some((node) => node.type === 'element' && node.tagName === 'h1')) header.unshift(h('h1', meta.title), text('\n'));
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      text('\n'),
      h('html', { lang: meta.language }, [
        text('\n'),
        h('head', [
          text('\n'),
          h('meta', { charSet: 'utf-8' }),
          text('\n'),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          text('\n'),
          h('meta', { name: 'generator', content: 'programme-pipeline' }),
          text('\n'),
          h('title', meta.title),
          text('\n'),
          h('style', `\n${PROGRAMME_CSS}\n`),
          text('\n'),
        ]),
        text('\n'),
        h('body', [
          text('\n'),
          ...(header.length > 0 ? [h('header', [text('\n'), ...header, text('\n')]), text('\n')] : []),
          h('main', [text('\n'), ...main, text('\n')]),
          text('\n'),
        ]),
        text('\n'),
      ]),
      text('\n'),
    ],
  };
}

/**
 * The page's banner: the leading title (`h1`) and the paragraph of key facts
 * (organisers, date, place) that `programmeToMdast` writes right after it as
 * bold lines. Everything else is the main content.
 */
function splitHeader(children: RootContent[]): { header: ElementContent[]; main: ElementContent[] } {
  const content = children.filter((node): node is ElementContent => node.type !== 'doctype');
  let cut = 0;
  let seenTitle = false;
  let seenFacts = false;
  for (let i = 0; i < content.length; i++) {
    const node = content[i]!;
    if (node.type === 'text' && node.value.trim() === '') continue;
    if (node.type === 'element' && node.tagName === 'h1' && !seenTitle && !seenFacts) seenTitle = true;
    else if (node.type === 'element' && node.tagName === 'p' && !seenFacts && isFactsParagraph(node.children)) seenFacts = true;
    else break;
    cut = i + 1;
  }
  return { header: trimBlank(content.slice(0, cut)), main: trimBlank(content.slice(cut)) };
}

function isFactsParagraph(children: ElementContent[]): boolean {
  return (
    children.length > 0 &&
    children.every(
      (child) =>
        (child.type === 'element' && (child.tagName === 'strong' || child.tagName === 'br')) ||
        (child.type === 'text' && child.value.trim() === ''),
    )
  );
}

/** Without the white-space text nodes at either end (the page adds its own line breaks). */
function trimBlank(nodes: ElementContent[]): ElementContent[] {
  const blank = (node: ElementContent | undefined) => node?.type === 'text' && node.value.trim() === '';
  let start = 0;
  let end = nodes.length;
  while (start < end && blank(nodes[start])) start++;
  while (end > start && blank(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

const text = (value: string) => ({ type: 'text' as const, value });
