// Seed 000 FAQ 2 (J7): there is no migration to a processor licence, but on a virtualization platform a processor
// licence at the normal price can cost less than install licences at the preferential price. Where the price book
// prices the JobCenter SV/AG processor licence, the quote compares the two and says which is cheaper (info).
import { word } from "../inventory/normalise";
import type { RowResult } from "../model";
import { catalogRow } from "../packs/jmss/catalog";
import type { PriceBook, PriceRow, QuoteLine, QuoteNote } from "./model";
import { findPrice } from "./price-match";
import { exactYen } from "./yen";

const PROCESSOR = catalogRow("SV/AG processor", "NORMAL");
// The install licences a processor licence replaces, at the price the seed compares with (優待価格), else normal.
const INSTALL = [catalogRow("SV/AG", "PREFERENTIAL"), catalogRow("SV/AG", "NORMAL")];

const looksLikeProcessor = (product: string): boolean => {
  const w = word(product);
  return w.includes("sv/ag") && /プロセッサ|processor/.test(w);
};

export const isProcessorLine = (l: Pick<QuoteLine, "product" | "priceClass">): boolean =>
  l.priceClass === PROCESSOR.priceClass && looksLikeProcessor(l.product);

/** The processor licence's price: its catalog name, else any normal/any-class row naming an SV/AG processor licence. */
export function findProcessorPrice(book: PriceBook | undefined): PriceRow | undefined {
  return (
    findPrice(book, PROCESSOR) ??
    book?.rows.find((r) => r.product !== undefined && looksLikeProcessor(r.product) && (r.priceClass ?? "NORMAL") === "NORMAL")
  );
}

const installPrice = (book: PriceBook | undefined): PriceRow | undefined =>
  INSTALL.map((l) => findPrice(book, l)).find((r) => r !== undefined);

function compare(
  processor: number,
  processorQuantity: number,
  install: number,
  installQuantity: number,
  rows: number[],
  lines: number[],
): QuoteNote[] {
  if (processor === install || !exactYen(processor) || !exactYen(install)) return [];
  const code = processor < install ? "PROCESSOR_CHEAPER" : "INSTALL_CHEAPER";
  return [{ code, severity: "info", params: { processor, processorQuantity, install, installQuantity }, rows, lines }];
}

/**
 * A processor line of the plan is compared with the install licences it replaces (the END_OF_USE licences of its
 * rows, J7). A plan buying SV/AG install licences is compared with one processor licence when that is cheaper.
 */
export function compareProcessor(
  lines: readonly QuoteLine[],
  results: readonly RowResult[],
  book: PriceBook | undefined,
): QuoteNote[] {
  const processor = findProcessorPrice(book);
  const install = installPrice(book);
  if (processor === undefined || install === undefined) return [];
  const notes: QuoteNote[] = [];
  const processorLines = lines.filter((l) => l.purchase && isProcessorLine(l));
  for (const l of processorLines) {
    const replaced = results
      .filter((r) => l.rows.includes(r.row))
      .flatMap((r) => r.lines.filter((x) => x.priceClass === "END_OF_USE"))
      .reduce((n, x) => n + x.quantity, 0);
    if (replaced === 0) continue;
    notes.push(...compare(l.quantity * processor.unitPrice, l.quantity, replaced * install.unitPrice, replaced, l.rows, [l.no]));
  }
  if (processorLines.length > 0) return notes;
  const installNames = INSTALL.map((c) => word(c.product));
  const installLines = lines.filter(
    (l) =>
      (l.priceClass === "PREFERENTIAL" || l.priceClass === "NORMAL") &&
      l.amount !== null &&
      installNames.includes(word(l.product)),
  );
  const amount = installLines.reduce((n, l) => n + (l.amount ?? 0), 0);
  const quantity = installLines.reduce((n, l) => n + l.quantity, 0);
  if (quantity === 0 || processor.unitPrice >= amount) return notes;
  const rows = [...new Set(installLines.flatMap((l) => l.rows))].sort((a, b) => a - b);
  return compare(
    processor.unitPrice,
    1,
    amount,
    quantity,
    rows,
    installLines.map((l) => l.no),
  );
}
