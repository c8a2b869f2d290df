// Results and quotes in words and cells, for the CLI, the task pane and the custom functions. Depends on the core
// and on src/i18n; the core depends on neither.
export { outputHeaders, renderDecisions, renderRow, renderRows, toJsonRow, warningsText } from "./rows";
export type { OutputCell } from "./rows";
export { readPriceBook } from "./price-book";
export { CURRENCY_FORMAT, QUOTE_DATE_FORMAT, QUOTE_PAGE_SETUP, quoteSheetValues } from "./quote-sheet";
export type { QuoteCell, QuoteSheet } from "./quote-sheet";
export { quoteSheetName } from "./quote-sheet-name";
