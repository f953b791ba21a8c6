/**
 * Checks an XML part before any XML parser sees it: no DTD (the door to
 * entity-expansion attacks such as "billion laughs"; Office never writes
 * one) and no nesting deeper than a parser's recursion can take.
 */
import { InputError } from '../reader.js';

/** Far deeper than any real Word part (nested tables reach a few dozen levels). */
export const MAX_XML_DEPTH = 512;

/** Decodes an XML part's bytes (UTF-8, or UTF-16 with a byte-order mark). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2)).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    return swapped.swap16().toString('utf16le');
  }
  return Buffer.from(bytes).toString('utf8');
}

export function assertSafeXml(partName: string, xml: string, maxDepth = MAX_XML_DEPTH): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new InputError(`corrupt .docx: ${partName} declares a DTD or entities, which Word never writes (refused as unsafe)`, 'corrupt');
  }
  const depth = maxNestingDepth(xml, maxDepth);
  if (depth > maxDepth) {
    throw new InputError(`too large: ${partName} nests elements more than ${maxDepth} levels deep`, 'too-large');
  }
}

/**
 * The deepest element nesting in `xml`, scanning once; stops counting past
 * `stopAbove`. Tolerant of malformed input (the real parser judges that).
 */
export function maxNestingDepth(xml: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let at = xml.indexOf('<');
  while (at >= 0 && at < xml.length) {
    const next = xml.charCodeAt(at + 1);
    if (xml.startsWith('<!--', at)) {
      at = skipPast(xml, at, '-->');
    } else if (xml.startsWith('<![CDATA[', at)) {
      at = skipPast(xml, at, ']]>');
    } else if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
      at = skipPast(xml, at, '>');
    } else {
      const close = tagEnd(xml, at);
      if (close < 0) break;
      if (next === 0x2f /* / */) depth = Math.max(0, depth - 1);
      else if (xml.charCodeAt(close - 1) !== 0x2f) {
        depth++;
        if (depth > deepest) {
          deepest = depth;
          if (deepest > stopAbove) return deepest;
        }
      }
      at = close + 1;
    }
    at = xml.indexOf('<', at);
  }
  return deepest;
}

function skipPast(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  return end < 0 ? xml.length : end + terminator.length;
}

/** Index of the `>` closing the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}
