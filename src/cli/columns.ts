// Cell references (A1) and growable number columns for the sheet layouts.
import { MAX_COLUMN, MAX_ROW } from "./limits";

/** 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/**
 * The column (1-based) of a cell reference `A1` … `XFD1048576` on row `row` (`$` allowed), or 0 when it is not one,
 * or names another row. Read by hand: it is a value of an attribute, after the parser has read the XML.
 */
export function cellRefColumn(ref: string, row: number): number {
  let i = 0;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < A || c > Z) break;
    col = col * 26 + c - A + 1;
    if (col > MAX_COLUMN) return 0;
  }
  if (ref.charCodeAt(i) === 36) i++;
  return col > 0 && digitsAre(ref, i, row) ? col : 0;
}

/** Whether ref[i…] is the decimal number n. */
function digitsAre(ref: string, i: number, n: number): boolean {
  let m = 0;
  if (i >= ref.length || ref.length - i > 7) return false;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
    m = m * 10 + c - ZERO;
  }
  return m === n;
}

/** A cell reference `A1` as [column, row] (1-based), or undefined. */
export function parseCellRef(ref: string): [number, number] | undefined {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  while (i < ref.length && (ref.charCodeAt(i) & ~32) >= A && (ref.charCodeAt(i) & ~32) <= Z) i++;
  if (ref.charCodeAt(i) === 36) i++;
  const row = parseRowNumber(ref.slice(i));
  if (row === undefined) return undefined;
  const col = cellRefColumn(ref, row);
  return col === 0 ? undefined : [col, row];
}

/** A row number 1 … 1,048,576 written in digits, or undefined. */
export function parseRowNumber(text: string): number | undefined {
  if (text.length === 0 || text.length > 7) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return undefined;
    n = n * 10 + c - ZERO;
  }
  return n >= 1 && n <= MAX_ROW ? n : undefined;
}

/** A column of unsigned 32-bit numbers that grows as it is pushed to (positions, row numbers). */
export class NumberColumn {
  private data = new Uint32Array(1024);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = n;
  }

  at(i: number): number {
    return this.data[i] ?? 0;
  }

  set(i: number, n: number): void {
    this.data[i] = n;
  }
}
