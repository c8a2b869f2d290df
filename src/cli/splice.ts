// A part rewritten as a stream: its text copied as it was, except for the ranges the edits replace (positions found by
// the parser on an earlier read of the same text).

/** Replace the text in [start, end) by `text` (start = end: insert). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const insert = (at: number, text: string): Edit => ({ start: at, end: at, text });
export const remove = (start: number, end: number): Edit => ({ start, end, text: "" });

/** The text of `chunks` with `edits` applied; the edits come in order of position and do not overlap. */
export async function* splice(chunks: AsyncIterable<string>, edits: Iterable<Edit>): AsyncGenerator<string> {
  const pending = edits[Symbol.iterator]();
  let next = pending.next();
  let offset = 0; // the stream position of the chunk's first character
  let skipTo = 0; // text before this position was replaced by an edit
  for await (const chunk of chunks) {
    const chunkEnd = offset + chunk.length;
    const out: string[] = [];
    let at = Math.max(offset, skipTo);
    while (!next.done && next.value.start < chunkEnd) {
      const e = next.value;
      if (e.start < at) throw new Error(`splice: edits overlap or are out of order at ${e.start}`);
      if (e.start > at) out.push(chunk.slice(at - offset, e.start - offset));
      out.push(e.text);
      skipTo = Math.max(skipTo, e.end);
      at = Math.max(e.start, Math.min(skipTo, chunkEnd));
      next = pending.next();
    }
    if (at < chunkEnd) out.push(chunk.slice(at - offset));
    offset = chunkEnd;
    yield out.join("");
  }
  // edits at the very end (an insertion after the last character)
  for (; !next.done; next = pending.next()) {
    if (next.value.start > offset) throw new Error(`splice: an edit at ${next.value.start} is past the end (${offset})`);
    yield next.value.text;
  }
}

/** The whole text of a small part with `edits` applied. */
export function spliceText(text: string, edits: readonly Edit[]): string {
  const out: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < at) throw new Error(`splice: edits overlap at ${e.start}`);
    out.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(text.slice(at));
  return out.join("");
}
