// The input file, opened safely: regular files only (a FIFO would hang the read, /dev/zero never ends), a size checked
// before anything is read, and a password-protected workbook recognised for what it is.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./input-error";
import { formatBytes, MAX_PACKAGE_BYTES } from "./limits";

export interface OpenedInput {
  readonly fd: number;
  readonly size: number;
}

/** Open `file` for reading, or throw an InputError saying why it cannot be read as a workbook. */
export function openInput(file: string): OpenedInput {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for a regular file.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError("noFile");
    if (code === "EACCES" || code === "EPERM") throw new InputError("unreadable", { detail: code });
    throw new InputError("notRegular", { detail: code ?? "" });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError("notRegular", { detail: stat.isDirectory() ? "directory" : "special file" });
    if (stat.size > MAX_PACKAGE_BYTES)
      throw new InputError("fileTooLarge", { size: formatBytes(stat.size), limit: formatBytes(MAX_PACKAGE_BYTES) });
    if (isCompoundFile(fd))
      throw new InputError(compoundStreams(fd, stat.size).some(isEncryption) ? "encrypted" : "legacyFormat");
    return { fd, size: stat.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

// An encrypted OOXML file is an OLE compound file (MS-OFFCRYPTO §2.3.4): these streams hold the key and the package.
const isEncryption = (name: string): boolean => name === "EncryptionInfo" || name === "EncryptedPackage";

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const n = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, n);
}

const isCompoundFile = (fd: number): boolean => read(fd, 0, 8).equals(CFB_SIGNATURE);

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT = 109;

/**
 * The names in a compound file's directory ([MS-CFB] §2.2, §2.6): the header's sector size and DIFAT, the FAT sectors
 * they list, and the directory's sector chain. Bounded by the file's size; a broken file yields what could be read.
 */
function compoundStreams(fd: number, size: number): string[] {
  const header = read(fd, 0, 512);
  if (header.length < 512) return [];
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectors = Math.ceil(size / sectorSize);
  const sector = (n: number): Buffer => read(fd, (n + 1) * sectorSize, sectorSize);
  // FAT sector numbers: 109 in the header, the rest in a chain of DIFAT sectors (the last entry of each: the next)
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(header.readUInt32LE(0x4c + 4 * i));
  let difat = header.readUInt32LE(0x44);
  for (let guard = 0; difat < sectors && guard < sectors; guard++) {
    const s = sector(difat);
    for (let i = 0; i + 4 < s.length; i += 4) fatSectors.push(s.readUInt32LE(i));
    difat = s.length >= 4 ? s.readUInt32LE(s.length - 4) : END_OF_CHAIN;
  }
  const fatCache = new Map<number, Buffer>();
  const next = (n: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(n / perSector)];
    if (fatSector === undefined || fatSector >= sectors) return END_OF_CHAIN;
    let fat = fatCache.get(fatSector);
    if (fat === undefined) fatCache.set(fatSector, (fat = sector(fatSector)));
    const at = (n % perSector) * 4;
    return at + 4 <= fat.length ? fat.readUInt32LE(at) : END_OF_CHAIN;
  };
  const names: string[] = [];
  let dir = header.readUInt32LE(0x30);
  for (let guard = 0; dir < sectors && guard < sectors; guard++, dir = next(dir)) {
    const s = sector(dir);
    for (let at = 0; at + 128 <= s.length; at += 128) {
      const length = Math.min(s.readUInt16LE(at + 64), 64);
      if (length >= 2) names.push(s.toString("utf16le", at, at + length - 2));
    }
  }
  return names;
}
