/**
 * Draws the seed programme's images (the network's logos and the page-2
 * screenshot) as small real PNG files under fixtures/seed-docx/. The
 * originals are not available, so these are simple stand-ins drawn from
 * shapes; they are committed, and `build-seed-docx.mjs` only reads them.
 *
 *   node scripts/seed-docx/draw-images.mjs
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT_DIR = fileURLToPath(new URL('../../fixtures/seed-docx/', import.meta.url));

/** An RGB canvas with a few drawing primitives. */
class Canvas {
  constructor(width, height, background) {
    this.width = width;
    this.height = height;
    this.pixels = new Uint8Array(width * height * 3);
    this.rect(0, 0, width, height, background);
  }
  set(x, y, [r, g, b]) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.pixels[i] = r;
    this.pixels[i + 1] = g;
    this.pixels[i + 2] = b;
  }
  rect(x0, y0, w, h, color) {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) this.set(x, y, color);
  }
  /** A filled ring (inner = 0 for a disc). */
  ring(cx, cy, outer, inner, color) {
    for (let y = cy - outer; y <= cy + outer; y++) {
      for (let x = cx - outer; x <= cx + outer; x++) {
        const d2 = (x - cx) ** 2 + (y - cy) ** 2;
        if (d2 <= outer * outer && d2 >= inner * inner) this.set(x, y, color);
      }
    }
  }
  /** A thick line from (x0,y0) to (x1,y1). */
  line(x0, y0, x1, y1, thickness, color) {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let s = 0; s <= steps; s++) {
      const x = Math.round(x0 + ((x1 - x0) * s) / steps);
      const y = Math.round(y0 + ((y1 - y0) * s) / steps);
      this.ring(x, y, thickness, 0, color);
    }
  }
  png() {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      const row = y * (this.width * 3 + 1);
      raw[row] = 0; // filter: none
      Buffer.from(this.pixels.buffer, y * this.width * 3, this.width * 3).copy(raw, row + 1);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const WHITE = [255, 255, 255];
const GREEN = [76, 160, 60];
const ORANGE = [236, 122, 28];
const BLUE = [30, 90, 160];
const RED = [200, 40, 50];
const GREY = [200, 200, 200];
const DARK = [90, 90, 90];

const images = {
  /** The network's own logo: interlocking rings. */
  'rtes-logo.png': () => {
    const c = new Canvas(96, 96, WHITE);
    c.ring(36, 48, 30, 22, GREEN);
    c.ring(60, 48, 30, 22, ORANGE);
    return c;
  },
  /** A partner logo (social and solidarity economy): a blue badge with an equals sign. */
  'ess-logo.png': () => {
    const c = new Canvas(120, 80, WHITE);
    c.rect(4, 4, 112, 72, BLUE);
    c.rect(30, 26, 60, 8, WHITE);
    c.rect(30, 46, 60, 8, WHITE);
    return c;
  },
  /** A partner logo: a red square with a white diagonal. */
  'partner-logo.png': () => {
    const c = new Canvas(80, 80, WHITE);
    c.rect(6, 6, 68, 68, RED);
    c.line(16, 64, 64, 16, 4, WHITE);
    return c;
  },
  /** The network's small logo on page 2's header. */
  'rtes-small-logo.png': () => {
    const c = new Canvas(64, 48, WHITE);
    c.ring(24, 24, 18, 12, GREEN);
    c.ring(40, 24, 18, 12, ORANGE);
    return c;
  },
  /** A screenshot of a web page: browser bars, a title and lines of text. */
  'screenshot.png': () => {
    const c = new Canvas(480, 300, WHITE);
    c.rect(0, 0, 480, 28, GREY);
    c.rect(8, 6, 120, 22, WHITE);
    c.rect(0, 28, 480, 26, [230, 230, 230]);
    c.rect(60, 33, 360, 16, WHITE);
    c.rect(24, 72, 260, 18, BLUE);
    for (let i = 0; i < 9; i++) c.rect(24, 104 + i * 18, i % 3 === 2 ? 300 : 420, 8, DARK);
    c.rect(360, 72, 96, 60, GREEN);
    return c;
  },
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, draw] of Object.entries(images)) {
  writeFileSync(OUT_DIR + name, draw().png());
  console.log(`wrote fixtures/seed-docx/${name}`);
}
