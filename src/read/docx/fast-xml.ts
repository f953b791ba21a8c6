/**
 * A fast path for mammoth's XML reading. mammoth parses every part with
 * xmldom into a DOM, then copies that DOM into its own light element tree
 * (`mammoth/lib/xml/reader.js`); for a seed-sized programme that was a
 * fifth of the read. This builds the same tree straight from the text, for
 * the plain, well-formed XML that Word writes: elements, attributes,
 * namespaces, text and the five XML entities (and character references).
 *
 * Anything else (comments, CDATA, processing instructions or a doctype after
 * the declaration, other entities, carriage returns, tabs or line breaks in
 * attribute values, undeclared prefixes, duplicate attributes, mismatched or
 * unclosed tags, text outside the root) is handed to mammoth's own reader
 * unchanged, so that xmldom judges it, and fails it, exactly as before.
 */
import { Element, text as textNode } from 'mammoth/lib/xml/nodes.js';

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';

type Node = InstanceType<typeof Element> | ReturnType<typeof textNode>;

/** Thrown inside the fast path: the caller falls back to xmldom. */
class NotPlain extends Error {}

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const DECLARATION = /^<\?xml\s[^?<>]*\?>/;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * mammoth's `readString(xml, namespaceMap)` result for plain XML, or
 * undefined when the XML needs xmldom's judgement.
 */
export function readPlainXml(xml: string, namespaceMap: Record<string, string> = {}): Node | undefined {
  try {
    return parse(xml, namespaceMap);
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

interface Open {
  element: InstanceType<typeof Element>;
  qualifiedName: string;
  scope: Map<string, string>;
}

function parse(xml: string, namespaceMap: Record<string, string>): Node {
  if (xml.includes(']]>')) throw new NotPlain();
  let at = DECLARATION.exec(xml)?.[0].length ?? 0;
  const stack: Open[] = [];
  let root: InstanceType<typeof Element> | undefined;
  let scope = new Map<string, string>([['xml', XML]]);
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    if (end > at) {
      const text = xml.slice(at, end);
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (text.trim() !== '') throw new NotPlain();
      } else {
        if (text.includes('\r')) throw new NotPlain();
        parent.element.children.push(textNode(decode(text)));
      }
      at = end;
      continue;
    }
    const next = xml.charCodeAt(at + 1);
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = at;
      const match = END_TAG.exec(xml);
      const open = stack.pop();
      if (!match || !open || open.qualifiedName !== match[1]) throw new NotPlain();
      scope = stack[stack.length - 1]?.scope ?? scope;
      at = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = at;
    const match = START_TAG.exec(xml);
    if (!match || (root && stack.length === 0)) throw new NotPlain();
    const [, qualifiedName = '', attributeText = '', selfClosing] = match;
    const attributes: Array<[string, string]> = [];
    let elementScope = scope;
    for (const [, name = '', double, single] of attributeText.matchAll(ATTRIBUTE)) {
      const decoded = decode(double ?? single ?? '');
      if (/[\t\n\r]/.test(decoded)) throw new NotPlain();
      attributes.push([name, decoded]);
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (name !== 'xmlns' && decoded === '') throw new NotPlain();
        if (elementScope === scope) elementScope = new Map(scope);
        elementScope.set(name === 'xmlns' ? '' : name.slice(6), decoded);
      }
    }
    const converted = Object.create(null) as Record<string, string>;
    for (const [name, value] of attributes) {
      const key = attributeName(name, elementScope, namespaceMap);
      if (key in converted) throw new NotPlain();
      converted[key] = value;
    }
    const element = new Element(elementName(qualifiedName, elementScope, namespaceMap), converted, []);
    const parent = stack[stack.length - 1];
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!selfClosing) {
      stack.push({ element, qualifiedName, scope: elementScope });
      scope = elementScope;
    }
    at = START_TAG.lastIndex;
  }
  if (!root || stack.length > 0) throw new NotPlain();
  return root;
}

/** mammoth's `convertName` on the name xmldom would give the element. */
function elementName(qualifiedName: string, scope: Map<string, string>, namespaceMap: Record<string, string>): string {
  const colon = qualifiedName.indexOf(':');
  const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
  const local = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
  const uri = scope.get(prefix);
  if (uri === undefined && prefix !== '') throw new NotPlain();
  return convertName(uri, local, namespaceMap);
}

function attributeName(name: string, scope: Map<string, string>, namespaceMap: Record<string, string>): string {
  if (name === 'xmlns') return convertName(XMLNS, 'xmlns', namespaceMap);
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  const prefix = name.slice(0, colon);
  const uri = prefix === 'xmlns' ? XMLNS : scope.get(prefix);
  if (!uri) throw new NotPlain();
  return convertName(uri, name.slice(colon + 1), namespaceMap);
}

function convertName(uri: string | undefined, local: string, namespaceMap: Record<string, string>): string {
  if (!uri) return local;
  const prefix = namespaceMap[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named]!;
    if (decimal === undefined && hex === undefined) throw new NotPlain();
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    // Only characters XML allows; anything else is xmldom's to judge.
    if (!(code === 0x9 || code === 0xa || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))) {
      throw new NotPlain();
    }
    return String.fromCodePoint(code);
  });
}
