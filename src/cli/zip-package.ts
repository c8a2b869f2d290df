// The workbook's zip, opened once (yauzl reads its central directory): every entry's declared size is checked
// against the limits before anything is inflated, and yauzl holds each inflated stream to its declared size.
import { closeSync } from "node:fs";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { errorDetail, InputError } from "./input-error";
import { formatBytes, MAX_PACKAGE_BYTES, MAX_PART_BYTES } from "./limits";

export interface ZipEntry {
  /** The part name as stored (no leading "/"). */
  readonly name: string;
  readonly size: number;
  readonly directory: boolean;
  readonly stored: boolean;
  readonly modified: Date;
  readonly entry: yauzl.Entry;
}

const opened = (fd: number): Promise<yauzl.ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.fromFd(fd, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );

function allEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

export class ZipPackage {
  /** Part names are case-insensitive (OPC, ECMA-376 Part 2 §6.2.2.3). */
  private readonly byName = new Map<string, ZipEntry>();
  /** The encoding each part read so far was written in (a rewritten part is written back in it). */
  private readonly encodings = new Map<ZipEntry, Encoding>();
  /** Text of parts read whole with `keep`, given back once more instead of inflating them again (see text()). */
  private readonly kept = new Map<ZipEntry, string[]>();
  private keptChars = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: readonly ZipEntry[],
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /**
   * The package in the open file `fd`, which it then owns (close() closes it, once its streams are done). Throws
   * InputError (not a zip, a duplicate part, over a size limit), the file closed.
   */
  static async open(fd: number): Promise<ZipPackage> {
    let zip: yauzl.ZipFile | undefined;
    try {
      zip = await opened(fd);
      return ZipPackage.checked(zip, await allEntries(zip));
    } catch (e) {
      if (zip) zip.close();
      else closeSync(fd);
      throw e instanceof InputError ? e : new InputError("notXlsx", { detail: errorDetail(e) });
    }
  }

  private static checked(zip: yauzl.ZipFile, raw: yauzl.Entry[]): ZipPackage {
    const entries = raw.map((e): ZipEntry => ({
      name: e.fileName,
      size: e.uncompressedSize,
      directory: e.fileName.endsWith("/"),
      stored: e.compressionMethod === 0,
      modified: e.getLastModDate(),
      entry: e,
    }));
    let total = 0;
    const seen = new Set<string>();
    for (const e of entries) {
      if (e.entry.isEncrypted()) throw new InputError("encrypted");
      if (e.size > MAX_PART_BYTES)
        throw new InputError("partTooLarge", { part: e.name, size: formatBytes(e.size), limit: formatBytes(MAX_PART_BYTES) });
      total += e.size;
      const key = e.name.toLowerCase();
      if (seen.has(key)) throw new InputError("notXlsx", { detail: `${e.name} twice` });
      seen.add(key);
    }
    if (total > MAX_PACKAGE_BYTES)
      throw new InputError("packageTooLarge", { size: formatBytes(total), limit: formatBytes(MAX_PACKAGE_BYTES) });
    return new ZipPackage(zip, entries);
  }

  /** The entry of a part (its name without a leading "/"), if the package has it. */
  find(part: string): ZipEntry | undefined {
    return this.byName.get(part.replace(/^\//, "").toLowerCase());
  }

  /** The part's bytes, inflated, as a stream; its errors are InputErrors naming the part. */
  async bytes(entry: ZipEntry): Promise<Readable> {
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry.entry, (err, s) => (err ? reject(err) : resolve(s))),
    ).catch((e: unknown) => {
      throw new InputError("badPart", { part: entry.name, detail: errorDetail(e) });
    });
    return stream;
  }

  /**
   * The part's text, decoded as it is fed (UTF-8, or UTF-16 with a byte-order mark). With `keep`, a part read to its
   * end is kept (within KEEP_CHARS for the package) for the next call, which gets it without inflating it again:
   * the writer reads the sheets it rewrites a second time.
   */
  async *text(entry: ZipEntry, keep = false): AsyncGenerator<string> {
    const kept = this.kept.get(entry);
    if (kept !== undefined) {
      this.kept.delete(entry);
      this.keptChars -= entry.size;
      yield* kept;
      return;
    }
    const keeping: string[] | undefined = keep && this.keptChars + entry.size <= KEEP_CHARS ? [] : undefined;
    for await (const t of this.decoded(entry)) {
      keeping?.push(t);
      yield t;
    }
    if (keeping !== undefined) {
      this.kept.set(entry, keeping);
      this.keptChars += entry.size;
    }
  }

  private async *decoded(entry: ZipEntry): AsyncGenerator<string> {
    const stream = await this.bytes(entry);
    let decoder: TextDecoder | undefined;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (decoder === undefined) {
          const encoding = encodingOf(chunk);
          this.encodings.set(entry, encoding);
          decoder = new TextDecoder(encoding, { fatal: true });
        }
        yield decoder.decode(chunk, { stream: true });
      }
      const rest = decoder?.decode();
      if (rest) yield rest;
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError("badPart", { part: entry.name, detail: errorDetail(e) });
    } finally {
      stream.destroy();
    }
  }

  /** A small part's whole text. */
  async readText(entry: ZipEntry): Promise<string> {
    let text = "";
    for await (const t of this.text(entry)) text += t;
    return text;
  }

  /** The encoding of a part read before (UTF-8 when it was empty or not read). */
  encoding(entry: ZipEntry | undefined): Encoding {
    return (entry && this.encodings.get(entry)) ?? "utf-8";
  }

  close(): void {
    this.zip.close();
  }
}

/** At most this much text (counted as its bytes) is kept between a part's two reads; the rest is inflated again. */
const KEEP_CHARS = 256 * 1024 * 1024;

export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** XML parts are UTF-8 unless a byte-order mark says UTF-16 (XML 1.0 §4.3.3). */
export function encodingOf(first: Uint8Array): Encoding {
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Text as the bytes of a part in `encoding` (UTF-16 with its byte-order mark, which the decoder took off). */
export function encode(text: string, encoding: Encoding, first: boolean): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  const bytes = Buffer.from(first ? `\ufeff${text}` : text, "utf16le");
  return encoding === "utf-16be" ? bytes.swap16() : bytes;
}
