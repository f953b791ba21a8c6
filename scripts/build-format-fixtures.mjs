// Builds fixtures/formats/: one small file per format-detection case (a .docx
// named .doc, a .doc named .docx, an RTF, a Word 2003 XML, a WordPerfect file
// and a PNG under Word names, an ODT, encrypted and non-Word OLE files, text in
// UTF-16 and Windows-1252, empty and truncated files). Everything is made here
// from scratch (no third-party document is copied), deterministically:
// `node scripts/build-format-fixtures.mjs` rewrites the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'formats');
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

// ---------------------------------------------------------------- OLE (CFB v3)

const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A compound file with the given root streams, every stream padded to at
 * least 4096 bytes so all live in regular sectors (no mini stream needed).
 */
function compoundFile(streams) {
  const padded = streams.map(({ name, bytes }) => {
    const size = Math.max(bytes.length, 4096);
    const data = Buffer.alloc(Math.ceil(size / SECTOR) * SECTOR);
    Buffer.from(bytes).copy(data);
    return { name, data, size };
  });
  const entries = 1 + padded.length;
  const dirSectors = Math.ceil(entries / 4);
  const dataSectors = padded.reduce((n, s) => n + s.data.length / SECTOR, 0);
  const total = 1 + dirSectors + dataSectors;
  if (total > SECTOR / 4) throw new Error('fixture too large for one FAT sector');

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  const chain = (start, count) => {
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? END : start + i + 1, (start + i) * 4);
  };
  chain(1, dirSectors);
  let next = 1 + dirSectors;
  const starts = padded.map((s) => {
    const start = next;
    chain(start, s.data.length / SECTOR);
    next += s.data.length / SECTOR;
    return start;
  });

  const dir = Buffer.alloc(dirSectors * SECTOR);
  const entry = (index, { name, type, child = FREE, right = FREE, start = END, size = 0 }) => {
    const at = index * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(dir, at);
    dir.writeUInt16LE(utf16.length, at + 64);
    dir.writeUInt8(type, at + 66);
    dir.writeUInt8(1, at + 67); // black
    dir.writeUInt32LE(FREE, at + 68); // left
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  for (let i = 0; i < dirSectors * 4; i++) {
    dir.writeUInt32LE(FREE, i * 128 + 68);
    dir.writeUInt32LE(FREE, i * 128 + 72);
    dir.writeUInt32LE(FREE, i * 128 + 76);
  }
  entry(0, { name: 'Root Entry', type: 5, child: padded.length ? 1 : FREE });
  padded.forEach((s, i) => entry(i + 1, { name: s.name, type: 2, right: i + 2 <= padded.length ? i + 2 : FREE, start: starts[i], size: s.size }));

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  return Buffer.concat([header, fat, dir, ...padded.map((s) => s.data)]);
}

// ---------------------------------------------------------------- Word 97 .doc

const TEXT_AT = 0x800;

/**
 * A minimal Word 97 document: one 8-bit text piece holding the body (and a
 * footnote story), the FIB fields word-extractor reads, and a footnote index.
 * `body` uses Word's control characters: \r paragraph, \x0b line break,
 * \f page break, \x13\x14\x15 fields, \x02 a footnote mark.
 */
function wordDocument({ body, footnotes = [], encrypted = false }) {
  const story = footnotes.map((text) => `\x02 ${text}\r`).join('');
  const text = body + story + (story ? '\r' : '');
  const wordStream = Buffer.alloc(TEXT_AT + text.length);
  wordStream.writeUInt16LE(0xa5ec, 0x00); // wIdent
  wordStream.writeUInt16LE(0x00c1, 0x02); // nFib: Word 97
  wordStream.writeUInt16LE(0x0200 | (encrypted ? 0x0100 : 0), 0x0a); // fWhichTblStm (1Table), fEncrypted
  wordStream.writeUInt32LE(TEXT_AT, 0x18); // fcMin
  wordStream.writeUInt32LE(TEXT_AT + text.length, 0x1c); // fcMac
  wordStream.writeUInt32LE(body.length, 0x4c); // ccpText
  wordStream.writeUInt32LE(story ? story.length + 1 : 0, 0x50); // ccpFtn
  Buffer.from(text, 'latin1').copy(wordStream, TEXT_AT);

  // Table stream: the Clx (one piece), then PlcffndRef and PlcffndTxt.
  const clx = Buffer.alloc(1 + 4 + 8 + 8);
  clx.writeUInt8(2, 0);
  clx.writeUInt32LE(16, 1);
  clx.writeUInt32LE(0, 5);
  clx.writeUInt32LE(text.length, 9);
  clx.writeUInt32LE(((TEXT_AT * 2) | 0x40000000) >>> 0, 13 + 2); // compressed (8-bit) piece
  const parts = [clx];
  const fib = (offset, fc, lcb) => {
    wordStream.writeUInt32LE(fc, offset);
    wordStream.writeUInt32LE(lcb, offset + 4);
  };
  fib(0x1a2, 0, clx.length);
  if (footnotes.length) {
    const refs = [...body].flatMap((ch, i) => (ch === '\x02' ? [i] : []));
    const refPlc = Buffer.alloc(4 * (refs.length + 1) + 2 * refs.length);
    refs.forEach((cp, i) => refPlc.writeUInt32LE(cp, i * 4));
    refPlc.writeUInt32LE(body.length, refs.length * 4);
    const textCps = [0];
    for (const note of footnotes) textCps.push(textCps.at(-1) + note.length + 3);
    textCps.push(story.length + 1);
    const txtPlc = Buffer.alloc(4 * textCps.length);
    textCps.forEach((cp, i) => txtPlc.writeUInt32LE(cp, i * 4));
    fib(0xaa, clx.length, refPlc.length);
    fib(0xb2, clx.length + refPlc.length, txtPlc.length);
    parts.push(refPlc, txtPlc);
  }
  return compoundFile([
    { name: 'WordDocument', bytes: wordStream },
    { name: '1Table', bytes: Buffer.concat(parts) },
  ]);
}

// ---------------------------------------------------------------- zips

async function zip(files) {
  const archive = new JSZip();
  for (const [name, content, options] of files) archive.file(name, content, { date: FIXED_DATE, createFolders: false, ...options });
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const paragraphs = (lines) => lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('');

function docx(lines) {
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs(lines)}</w:body></w:document>`],
  ]);
}

function odt() {
  return zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' }],
    ['META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'],
    ['content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
  ]);
}

// ---------------------------------------------------------------- the fixtures

const PROGRAMME = ['Journée d’étude – 19 décembre 2013', '9h30 Accueil des participants', '10h00 Ouverture'];

const docBody =
  'Journée d\x92étude \x96 19 décembre 2013\r' + // Windows-1252 curly apostrophe and en dash, as Word stores 8-bit text
  '\r' +
  '9h30\tAccueil des participants\x02\r' +
  'Salle A\x0bBâtiment B\r' +
  '\x13 HYPERLINK "http://example.org" \x14Inscription\x15 en ligne\r' +
  '\f10h00\tOuverture\r';

const fixtures = {
  'programme.doc': wordDocument({ body: docBody, footnotes: ['Café offert.'] }),
  'doc-named.docx': wordDocument({ body: docBody, footnotes: ['Café offert.'] }),
  'docx-named.doc': await docx(PROGRAMME),
  'encrypted.doc': wordDocument({ body: 'secret\r', encrypted: true }),
  'encrypted-package.docx': compoundFile([
    { name: 'EncryptionInfo', bytes: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
    { name: 'EncryptedPackage', bytes: Buffer.alloc(64, 0x5a) },
  ]),
  'excel-named.doc': compoundFile([{ name: 'Workbook', bytes: Buffer.from([0x09, 0x08, 0x10, 0x00]) }]),
  'truncated-ole.doc': wordDocument({ body: 'truncated\r' }).subarray(0, 300),
  'rtf-named.doc': Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Programme\\par 9h30 Accueil\\par}\n', 'latin1'),
  'word2003-named.doc': Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>Programme</w:t></w:r></w:p></w:body></w:wordDocument>\n',
  ),
  'wordperfect-named.doc': Buffer.concat([Buffer.from([0xff, 0x57, 0x50, 0x43, 0x10, 0x00, 0x00, 0x00, 0x01, 0x0a, 0x02, 0x01]), Buffer.alloc(52)]),
  'png-named.docx': Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from('IHDR', 'latin1'),
    Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3a, 0x7e, 0x9b, 0x55]),
  ]),
  'pdf-named.doc': Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1'),
  'html-named.doc': Buffer.from('<!DOCTYPE html>\n<html><body><p>Programme</p></body></html>\n'),
  'odt-named.docx': await odt(),
  'empty.docx': Buffer.alloc(0),
  'blank.txt': Buffer.from(' \n\t\n'),
  'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${PROGRAMME.join('\r\n')}\r\n`, 'utf16le')]),
  'windows-1252.txt': Buffer.from('Journ\xe9e d\x92\xe9tude \x96 19 d\xe9cembre 2013\r\n9h30 Accueil\r\n', 'latin1'),
  'utf8.md': Buffer.from(`# ${PROGRAMME[0]}\n\n- ${PROGRAMME[1]}\n- ${PROGRAMME[2]}\n`),
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(fixtures)) writeFileSync(join(OUT, name), bytes);
console.log(`wrote ${Object.keys(fixtures).length} fixtures to fixtures/formats/`);
