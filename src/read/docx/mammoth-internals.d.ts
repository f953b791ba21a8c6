/**
 * The parts of mammoth (pinned, 1.13.0) that `mammoth-convert.ts` calls
 * directly instead of `mammoth.convertToHtml`, typed as far as it uses them.
 */

/** mammoth's view of a .docx package (what its own JSZip wrapper provides). */
interface MammothDocxFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

interface MammothMessage {
  type: string;
  message: string;
}

interface MammothResult<T> {
  value: T;
  messages: MammothMessage[];
  map<U>(f: (value: T) => U): MammothResult<U>;
  flatMapThen<U>(f: (value: T) => PromiseLike<MammothResult<U>>): Promise<MammothResult<U>>;
}

declare module 'mammoth/lib/results.js' {
  export const Result: {
    new <T>(value: T, messages?: MammothMessage[]): MammothResult<T>;
    combine<T>(results: Array<MammothResult<T>>): MammothResult<T[]>;
  };
}

declare module 'mammoth/lib/style-reader.js' {
  export function readStyle(line: string): MammothResult<unknown>;
}

declare module 'mammoth/lib/options-reader.js' {
  export const _defaultStyleMap: string[];
  export function readOptions(options: Record<string, unknown>): Record<string, unknown> & {
    readStyleMap(): string[];
    embeddedStyleMap?: string;
  };
}

declare module 'mammoth/lib/docx/style-map.js' {
  export function readStyleMap(file: MammothDocxFile): Promise<string | null | undefined>;
}

declare module 'mammoth/lib/docx/docx-reader.js' {
  export function read(file: MammothDocxFile, input: object, options: object): Promise<MammothResult<unknown>>;
}

declare module 'mammoth/lib/document-to-html.js' {
  export class DocumentConverter {
    constructor(options: object);
    convertToHtml(document: unknown): PromiseLike<MammothResult<string>>;
  }
}

declare module 'mammoth/lib/images.js' {
  export function imgElement(convert: (image: { contentType: string }) => Promise<Record<string, string>>): unknown;
}

declare module 'mammoth/lib/zipfile.js' {
  /** mammoth's JSZip wrapper. */
  export function openArrayBuffer(buffer: Uint8Array | ArrayBuffer): Promise<MammothDocxFile>;
}

declare module 'mammoth/lib/xml/nodes.js' {
  /** mammoth's XML element (its readers walk these). */
  export class Element {
    constructor(name: string, attributes: Record<string, string>, children: Array<Element | { type: 'text'; value: string }>);
    type: 'element';
    name: string;
    attributes: Record<string, string>;
    children: Array<Element | { type: 'text'; value: string }>;
  }
  export function text(value: string): { type: 'text'; value: string };
}

declare module 'mammoth/lib/xml/index.js' {
  /** The module object mammoth's readers call `readString` on (at call time). */
  const xml: {
    readString(xml: string, namespaceMap?: Record<string, string>): Promise<unknown>;
  };
  export default xml;
}
