/**
 * A light WordprocessingML text extraction, for the parts mammoth skips
 * (running headers and footers): one string per paragraph, `w:t` text,
 * `w:tab` as a tab, `w:br`/`w:cr` as a newline. The fallback copy of
 * drawings and text boxes (`mc:Fallback`) is skipped so their text is not
 * read twice; deleted revisions (`w:del`) are skipped too.
 */

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const SKIPPED = new Set(['mc:Fallback', 'w:del', 'w:instrText', 'w:delText']);

export function paragraphTexts(xml: string): string[] {
  const paragraphs: string[] = [];
  /** Text of the open paragraphs (a text box's paragraph sits inside another). */
  const open: string[] = [];
  let skipDepth = 0;
  let inText = false;
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      if (inText && skipDepth === 0 && open.length > 0) open[open.length - 1] += decodeEntities(text);
      continue;
    }
    if (name === undefined) continue;
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (skipDepth > 0) continue;
    if (name === 'w:p') {
      if (closing) paragraphs.push(open.pop() ?? '');
      else if (selfClosing) paragraphs.push('');
      else open.push('');
    } else if (name === 'w:t') {
      inText = !closing && !selfClosing;
    } else if (open.length > 0 && !closing && (name === 'w:tab' || name === 'w:br' || name === 'w:cr')) {
      open[open.length - 1] += name === 'w:tab' ? '\t' : '\n';
    }
  }
  return paragraphs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? whole;
  });
}
