/**
 * The inspected package, as mammoth reads a .docx (its `docxFile`: `exists`
 * and `read`), so that mammoth does not unzip the file a second time with
 * JSZip. The XML parts come already inflated from the inspection; any other
 * part mammoth asks for is inflated on demand, under the same checks
 * (`zip/inflate.ts`). Text is decoded exactly as mammoth's JSZip wrapper
 * decodes it (`TextDecoder` with the encoding mammoth names).
 *
 * Returns undefined for a package whose part names JSZip would read
 * differently (non-ASCII names: JSZip decodes them as UTF-8 or from a
 * Unicode-path extra field), so that the caller lets mammoth unzip those
 * itself, as before.
 */
import { TextDecoder } from 'node:util';
import { inflateEntry } from '../zip/inflate.js';
import type { InspectedPackage } from '../zip/inspect.js';

export function packageFile(bytes: Uint8Array, pkg: InspectedPackage): MammothDocxFile | undefined {
  // eslint-disable-next-line no-control-regex
  if (pkg.entries.some((entry) => /[^\x00-\x7f]/.test(entry.name))) return undefined;
  // JSZip lists folders too, but `file(name)` finds files only.
  const files = new Map(pkg.entries.filter((entry) => !entry.name.endsWith('/')).map((entry) => [entry.name, entry]));
  const decoders = new Map<string, TextDecoder>();
  return {
    exists: (name) => files.has(name),
    async read(name, encoding) {
      const entry = files.get(name);
      // mammoth only reads parts it has checked exist; JSZip fails the same way otherwise.
      if (!entry) throw new TypeError(`Cannot read properties of null (reading 'async')`);
      const data = pkg.inflated.get(name) ?? inflateEntry(bytes, entry);
      if (!encoding) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (encoding === 'base64') return data.toString('base64');
      let decoder = decoders.get(encoding);
      if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding)));
      return decoder.decode(data);
    },
  };
}
