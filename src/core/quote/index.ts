// The quote's public API (SPEC §7), for the CLI, the task pane and tests.
export { QUOTE_CODES } from "./codes";
export type { QuoteCode } from "./codes";
export {
  Application,
  PriceBook,
  PriceRow,
  Quote,
  QuoteLine,
  QuoteMeta,
  QuoteNote,
  RenewalGroup,
  Subtotal,
  WarningGroup,
} from "./model";
export { isPriceBookName, PRICE_BOOK_HEADERS, priceBookSheetName, readPriceBook } from "./price-book";
export type { PriceBookOptions } from "./price-book";
export { findPrice } from "./price-match";
export { quote, quoteAnnotated } from "./quote";
export type { QuoteOptions } from "./quote";
export type { RowFacts } from "./rules";
export { rowsText } from "./rows-text";
export { parseYen } from "./yen";
