// Chunk sizes that keep every request under Excel on the web's limits (Office add-in resource limits: 5 MB request
// and response payloads; 5,000,000 cells per range operation), so a 100,000-row sheet never freezes Excel.
import type { Cell } from "../../excel/workbook-host";

export interface ChunkLimits {
  /** Bytes a chunk may carry: below the 5 MB payload limit, leaving room for the request's own envelope. */
  readonly payloadBytes: number;
  /** Cells per range operation. */
  readonly maxCells: number;
  /** What an unread cell may cost in the response: ~20 Japanese characters JSON-escaped as \uXXXX. */
  readonly readBytesPerCell: number;
  /** Rows per chunk at most, so the progress bar and Cancel respond every few seconds. */
  readonly maxRows: number;
}

export const EXCEL_WEB_LIMITS: ChunkLimits = {
  payloadBytes: 4 * 1024 * 1024,
  maxCells: 5_000_000,
  readBytesPerCell: 128,
  maxRows: 5_000,
};

/** Bytes per row a write adds besides its values: the 新サポート期限 number format ["yyyy/mm/dd"] and separators. */
const WRITE_ROW_OVERHEAD = 24;

/** A conservative size of one cell in a JSON request: non-ASCII as \uXXXX (6 bytes), quotes and a comma. */
export function cellBytes(v: Cell): number {
  if (typeof v === "number") return 26; // "-1.2345678901234567e+100,"
  if (typeof v === "boolean") return 6;
  let n = 3;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    n += c < 0x20 || c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : 6;
  }
  return n;
}

/** Rows per read request for a read `columns` cells wide. */
export function rowsPerRead(columns: number, limits: ChunkLimits): number {
  const width = Math.max(1, columns);
  const byBytes = Math.floor(limits.payloadBytes / (width * limits.readBytesPerCell));
  const byCells = Math.floor(limits.maxCells / width);
  return Math.max(1, Math.min(limits.maxRows, byBytes, byCells));
}

export interface Chunk {
  /** Index of the chunk's first row in the rows given. */
  readonly start: number;
  readonly count: number;
}

/** Consecutive chunks of `rows`, each under the payload, cell and row limits (a single over-large row is its own chunk). */
export function planWriteChunks(rows: readonly (readonly Cell[])[], limits: ChunkLimits): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = 0;
  let cells = 0;
  rows.forEach((row, i) => {
    const rowBytes = row.reduce<number>((n, v) => n + cellBytes(v), WRITE_ROW_OVERHEAD);
    const full = i - start >= limits.maxRows || bytes + rowBytes > limits.payloadBytes || cells + row.length > limits.maxCells;
    if (i > start && full) {
      chunks.push({ start, count: i - start });
      start = i;
      bytes = 0;
      cells = 0;
    }
    bytes += rowBytes;
    cells += row.length;
  });
  if (rows.length > start) chunks.push({ start, count: rows.length - start });
  return chunks;
}

/** A chunk the host refused as too large, in two halves (undefined when it is one row already). */
export function halve(c: Chunk): [Chunk, Chunk] | undefined {
  if (c.count < 2) return undefined;
  const first = Math.ceil(c.count / 2);
  return [
    { start: c.start, count: first },
    { start: c.start + first, count: c.count - first },
  ];
}
