// SPEC §2: headers and cell words compare after NFKC, trim and lower-case; a trailing "(note)" on a header is ignored.

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** NFKC + trim, skipping the (costly) normalisation for plain ASCII. */
export function nfkc(s: string): string {
  return (ASCII_PRINTABLE.test(s) ? s : s.normalize("NFKC")).trim();
}

/** The comparable form of a cell word: NFKC, trim, lower-case, inner runs of spaces folded. */
export function word(s: string): string {
  return nfkc(s).toLowerCase().replace(/\s+/g, " ");
}

/** The comparable form of a header: as `word`, without a trailing parenthesised note (`数量(本)` → `数量`). */
export function headerWord(s: string): string {
  return word(s)
    .replace(/\s*\([^()]*\)$/, "")
    .trim();
}
