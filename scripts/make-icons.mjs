// Draws the add-in's ribbon/manifest icons (16, 32, 64, 80 px) as PNGs with nothing but node:zlib.
// Run: node scripts/make-icons.mjs  → assets/icons/icon-<size>.png. The picture: a blue tile holding a white
// inventory sheet with table rows, one row ticked in green (a licence decided).
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [180, 206, 232, 255];
const GREEN = [16, 124, 16, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixel at (x, y) of a size×size icon, drawn in unit coordinates so every size is the same picture. */
function pixel(x, y, size) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.18; // rounded tile corners
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  const inSheet = u > 0.2 && u < 0.8 && v > 0.16 && v < 0.84;
  if (!inSheet) return BLUE;
  const rows = [0.32, 0.48, 0.64];
  const px = 1 / size;
  const onRow = rows.some((ry) => Math.abs(v - ry) < Math.max(0.035, px * 0.6));
  if (u > 0.26 && u < 0.5 && Math.abs(v - 0.64) < 0.09) {
    // a tick on the last row: two strokes of the check mark
    const d1 = Math.abs(v - (0.64 + (u - 0.3))) < Math.max(0.045, px * 0.8) && u < 0.36;
    const d2 = Math.abs(v - (0.7 - (u - 0.36) * 1.3)) < Math.max(0.045, px * 0.8) && u >= 0.34;
    if (d1 || d2) return GREEN;
  }
  if (onRow && u > 0.28 && u < 0.74) return u > 0.5 ? LINE : BLUE;
  return WHITE;
}

export function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.resolve(import.meta.dirname, "..", "assets", "icons");
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log(`icons written to ${dir}`);
