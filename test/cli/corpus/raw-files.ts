// Files no library writes on purpose: zip bombs (made by streaming deflate, never holding what they unpack to), a
// zip that lies about its sizes, an entry marked encrypted, and OLE compound files like a password-protected
// workbook or an old .xls.
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";

interface RawEntry {
  readonly name: string;
  /** Offset of the local header this entry's central record points at (entries may share one: overlapping). */
  readonly local: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly flags?: number;
  readonly method?: number;
}

/**
 * A header of `size` bytes with `signature`: from `at` on, the fields local headers and central records share, in the
 * same order (APPNOTE 4.3.7, 4.3.12): version needed, flags, method, time, date, CRC-32, sizes, name length.
 */
function header(signature: number, size: number, at: number, name: Buffer, e: Omit<RawEntry, "name" | "local">): Buffer {
  const h = Buffer.alloc(size);
  h.writeUInt32LE(signature, 0);
  h.writeUInt16LE(20, at);
  h.writeUInt16LE(e.flags ?? 0x800, at + 2);
  h.writeUInt16LE(e.method ?? 8, at + 4);
  h.writeUInt32LE(e.crc >>> 0, at + 10);
  h.writeUInt32LE(e.compressed, at + 14);
  h.writeUInt32LE(e.size, at + 18);
  h.writeUInt16LE(name.length, at + 22);
  return h;
}

function localHeader(name: string, e: Omit<RawEntry, "name" | "local">): Buffer {
  const n = Buffer.from(name, "utf8");
  return Buffer.concat([header(0x04034b50, 30, 4, n, e), n]);
}

function centralDirectory(entries: readonly RawEntry[], at: number): Buffer {
  const records = entries.map((e) => {
    const n = Buffer.from(e.name, "utf8");
    const h = header(0x02014b50, 46, 6, n, e);
    h.writeUInt16LE(20, 4); // version made by
    h.writeUInt32LE(e.local, 42);
    return Buffer.concat([h, n]);
  });
  const body = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(body.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([body, end]);
}

/**
 * A zip bomb: one deflate stream of `gib` GiB of zeros, written 64 MiB at a time (each a full-flushed, so
 * byte-identical, segment), that `names.length` central-directory entries all point at (overlapping entries).
 */
export function writeBomb(file: string, names: readonly string[], mib: number): void {
  const SEGMENT = 64;
  const zeros = Buffer.alloc(SEGMENT * 1024 * 1024);
  // one segment compressed and full-flushed: the compressor starts over after it, so every segment is the same
  const segment = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0), { level: 9 });
  const count = Math.ceil(mib / SEGMENT);
  let crc = 0;
  for (let i = 0; i < count; i++) crc = crc32(zeros, crc);
  const size = count * zeros.length;
  const compressed = count * segment.length + last.length;
  const fd = openSync(file, "w");
  try {
    const header = localHeader(names[0] ?? "x", { crc, compressed, size });
    writeSync(fd, header);
    for (let i = 0; i < count; i++) writeSync(fd, segment);
    writeSync(fd, last);
    const entries = names.map((name) => ({ name, local: 0, crc, compressed, size }));
    writeSync(fd, centralDirectory(entries, header.length + compressed));
  } finally {
    closeSync(fd);
  }
}

/** A zip whose entry says it unpacks to `declared` bytes but holds `actual` bytes of zeros. */
export function writeLyingZip(file: string, name: string, declared: number, actual: number): void {
  const data = deflateRawSync(Buffer.alloc(actual), { level: 9 });
  const header = localHeader(name, { crc: 0, compressed: data.length, size: declared });
  const entries = [{ name, local: 0, crc: 0, compressed: data.length, size: declared }];
  const fd = openSync(file, "w");
  try {
    writeSync(fd, Buffer.concat([header, data, centralDirectory(entries, header.length + data.length)]));
  } finally {
    closeSync(fd);
  }
}

/** A zip with one entry flagged as encrypted (traditional PKWARE encryption, general purpose bit 0). */
export function writeEncryptedEntryZip(file: string, name: string): void {
  const data = Buffer.alloc(12 + 16, 7); // an encryption header and a few bytes
  const e = { crc: 0, compressed: data.length, size: 16, flags: 0x801, method: 0 };
  const header = localHeader(name, e);
  const fd = openSync(file, "w");
  try {
    writeSync(fd, Buffer.concat([header, data, centralDirectory([{ name, local: 0, ...e }], header.length + data.length)]));
  } finally {
    closeSync(fd);
  }
}

/**
 * A minimal OLE compound file ([MS-CFB]: 512-byte sectors, one FAT sector, one directory sector) whose directory names
 * `streams`: ["EncryptionInfo", "EncryptedPackage"] is how a password-protected workbook looks; ["Workbook"] an .xls.
 */
export function writeCompoundFile(file: string, streams: readonly string[]): void {
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
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
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(END, 4); // sector 1: the directory, one sector
  const dir = Buffer.alloc(512);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    const encoded = Buffer.from(`${name}\0`, "utf16le");
    encoded.copy(dir, at);
    dir.writeUInt16LE(encoded.length, at + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 66);
    dir.writeUInt32LE(FREE, at + 68);
    dir.writeUInt32LE(FREE, at + 72);
    dir.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : FREE, at + 76);
    dir.writeUInt32LE(END, at + 116);
  });
  const fd = openSync(file, "w");
  try {
    writeSync(fd, Buffer.concat([header, fat, dir]));
  } finally {
    closeSync(fd);
  }
}
