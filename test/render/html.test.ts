import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/model/programme.js';
import renderer, { renderHtml } from '../../src/render/html.js';
import { context, multiDayProgramme, seedProgramme, sparseProgramme } from './export-programmes.js';

function parse(html: string): Root {
  return fromHtml(html);
}

function elements(tree: Root, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const byTag = (tree: Root, tagName: string) => elements(tree, (e) => e.tagName === tagName);
const hasClass = (element: Element, name: string) => ((element.properties.className as string[] | undefined) ?? []).includes(name);

/** A programme whose text cites its footnote, and whose session title would be markup if not escaped. */
function citingProgramme(): Programme {
  const programme = multiDayProgramme();
  const title = 'Lunch <script>alert(1)</script>';
  programme.sessions[4] = { ...programme.sessions[4]!, title, footnoteRefs: [{ label: 'a', offset: title.length }] };
  programme.footnotes = [{ label: 'a', text: 'Vegetarian options, see www.example.org/menu.' }];
  return programme;
}

describe('html renderer', () => {
  it('writes a complete page of the seed with the document language, title and landmarks', () => {
    const programme = seedProgramme();
    const html = renderHtml(programme, context());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    const tree = parse(html);

    expect(byTag(tree, 'html')[0]!.properties.lang).toBe('fr');
    expect(toString(byTag(tree, 'title')[0]!)).toBe(programme.title);
    expect(byTag(tree, 'meta').map((m) => m.properties.charSet ?? m.properties.name)).toEqual(['utf-8', 'viewport', 'generator']);
    expect(byTag(tree, 'header')).toHaveLength(1);
    expect(byTag(tree, 'main')).toHaveLength(1);
    const header = byTag(tree, 'header')[0]!;
    expect(toString(elements({ type: 'root', children: [header] }, (e) => e.tagName === 'h1')[0]!)).toBe(programme.title);
    expect(toString(header)).toContain('Kremlin Bicêtre');
    expect(byTag(tree, 'h1')).toHaveLength(1);
  });

  it('shows every session with machine-readable times', () => {
    const programme = seedProgramme();
    const tree = parse(renderHtml(programme, context()));
    const items = elements(tree, (e) => e.tagName === 'li' && hasClass(e, 'session'));
    expect(items).toHaveLength(programme.sessions.length);
    items.forEach((item, i) => {
      const session = programme.sessions[i]!;
      expect(toString(item)).toContain(session.title);
      expect(hasClass(item, `session-${session.kind}`)).toBe(true);
      for (const speaker of session.speakers) expect(toString(item)).toContain(speaker.name);
    });
    const times = (item: Element) =>
      elements({ type: 'root', children: [item] }, (e) => e.tagName === 'time').map((t) => [t.properties.dateTime, toString(t)]);
    expect(times(items[0]!)).toEqual([['2013-12-19T09:00:00+01:00', '9h']]);
    expect(times(items[1]!)).toEqual([
      ['2013-12-19T09:30:00+01:00', '9h30'],
      ['2013-12-19T09:50:00+01:00', '9h50'],
    ]);
  });

  it('is self-contained: no script, no external resource, an inline style', () => {
    const tree = parse(renderHtml(citingProgramme(), context()));
    expect(byTag(tree, 'script')).toEqual([]);
    expect(byTag(tree, 'link')).toEqual([]);
    expect(elements(tree, (e) => e.properties.src !== undefined)).toEqual([]);
    expect(byTag(tree, 'style')).toHaveLength(1);
    // The title's markup-like text is text.
    expect(toString(tree)).toContain('Lunch <script>alert(1)</script>');
  });

  it('links a cited footnote both ways and makes its address clickable', () => {
    const tree = parse(renderHtml(citingProgramme(), context()));
    const ids = new Set(elements(tree, (e) => typeof e.properties.id === 'string').map((e) => e.properties.id));
    const reference = elements(tree, (e) => e.tagName === 'a' && e.properties.dataFootnoteRef !== undefined);
    expect(reference).toHaveLength(1);
    expect(reference[0]!.properties.href).toBe('#user-content-fn-a');
    const backref = elements(tree, (e) => e.tagName === 'a' && e.properties.dataFootnoteBackref !== undefined);
    expect(backref).toHaveLength(1);
    expect(backref[0]!.properties.ariaLabel).toBe('Back to content');
    for (const link of [...reference, ...backref]) expect(ids).toContain(String(link.properties.href).slice(1));
    expect(toString(elements(tree, (e) => e.tagName === 'section' && hasClass(e, 'footnotes'))[0]!)).toContain('Vegetarian options');
    const external = elements(tree, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('https://'));
    expect(external.map((a) => [a.properties.href, toString(a)])).toEqual([['https://www.example.org/menu', 'www.example.org/menu']]);
  });

  it('keeps a footnote that the text no longer cites', () => {
    const tree = parse(renderHtml(seedProgramme(), context()));
    const notes = elements(tree, (e) => e.tagName === 'section' && hasClass(e, 'footnotes'));
    expect(notes).toHaveLength(1);
    expect(toString(notes[0]!)).toContain('Organisé le 29 mai');
    const links = elements({ type: 'root', children: [notes[0]!] }, (e) => e.tagName === 'a');
    expect(links.map((a) => a.properties.href)).toEqual(['http://rtes.fr/Collectivites-locales-et-PTCE']);
  });

  it('renders several days in English, undated sessions and a sparse programme', () => {
    const programme = multiDayProgramme();
    const tree = parse(renderHtml(programme, context()));
    expect(byTag(tree, 'html')[0]!.properties.lang).toBe('en');
    // Day headings (their wording is the Markdown tree's).
    expect(byTag(tree, 'h3').map((h) => toString(h))).toContainEqual(expect.stringMatching(/^Monday 1 July 2024/));
    const items = elements(tree, (e) => e.tagName === 'li' && hasClass(e, 'session'));
    expect(items.map((item) => toString(item))).toEqual(programme.sessions.map((s) => expect.stringContaining(s.title)));
    const undated = items[items.length - 1]!;
    expect(elements({ type: 'root', children: [undated] }, (e) => e.tagName === 'time')[0]!.properties.dateTime).toBe('14:00');
    const night = items.find((item) => toString(item).includes('Night walk'))!;
    expect(elements({ type: 'root', children: [night] }, (e) => e.tagName === 'time').map((t) => t.properties.dateTime)).toEqual([
      '2024-07-01T22:00:00+02:00',
      '2024-07-02T01:00:00+02:00',
    ]);

    const sparse = parse(renderHtml(sparseProgramme(), context()));
    expect(toString(byTag(sparse, 'title')[0]!)).toBe('notes');
    expect(toString(byTag(sparse, 'header')[0]!).trim()).toBe('notes');
    expect(toString(byTag(sparse, 'h1')[0]!)).toBe('notes');
    expect(byTag(sparse, 'main')).toHaveLength(1);
  });

  it('is valid HTML and passes the accessibility rules of html-validate', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });
    for (const programme of [seedProgramme(), citingProgramme(), sparseProgramme()]) {
      const report = await validator.validateString(renderHtml(programme, context()));
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
      expect(messages).toEqual([]);
    }
  });

  it('is byte-identical across renders', async () => {
    const a = await renderer.render(multiDayProgramme(), context());
    const b = await renderer.render(multiDayProgramme(), context());
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });
});
