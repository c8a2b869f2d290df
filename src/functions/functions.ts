// Custom functions, namespace JMSS (SPEC §8). This JSDoc IS the metadata: the build generates functions.json from it
// and appends the CustomFunctions.associate calls. Ids and parameter order are frozen (test/functions/functions-ids.json):
// saved workbooks call them. Every parameter is a matrix: one call over a range evaluates all its rows as one
// inventory (as the CLI reads the sheet) and spills one result per row; a single cell is a 1×1 range.
// First: the functions load first into the page they share with the pane (SharedRuntime), under its CSP; their bundle
// builds zod schemas at load, which must not probe for eval (see ../taskpane/csp.ts).
import "../taskpane/csp";
import type { HoldingKey } from "../core/inventory/headers";
import { annotateTable } from "./annotate-table";
import { clWinCells } from "./clwin-cells";
import { priceClassOf, supportEndOf, targetOf, warningsOf } from "./outputs";
import { firstArgumentRow } from "./address";
import type { Field, RowsOptions } from "./rows";
import { guard, runRows } from "./run";
import { EA_PRODUCT_NAME } from "../core/packs/sparx/product-name";

/**
 * 移行先の型番 (型番がなければ製品名)。範囲を渡すと1行ずつ結果を返します。 / Target SKU (or product name without a SKU), one result per row.
 * @customfunction TARGET TARGET
 * @requiresParameterAddresses
 * @param product 製品名 / Product
 * @param [role] 用途: サーバ・稼働マシン・クライアント / Role: server, agent, client
 * @param [maintenance] 保守契約: あり・なし / Maintenance: yes, no
 * @param [target] 移行先: MG・SV/AG・CL/Win / Target
 * @param [targetLicense] 移行先ライセンス形態: インストール・プロセッサ / Target license: install, processor
 * @param [quantity] 数量 (省略時 1) / Quantity (default 1)
 * @param [targetQuantity] 移行数量 (省略時 数量) / Target quantity (default: quantity)
 * @param [migrated] 移行済み: あり・なし / Migrated: yes, no
 * @param [licenseType] ライセンス形態 (月額など) / License type (e.g. monthly)
 * @returns 移行先型番 / Target SKU
 */
export function target(
  product: unknown[][],
  role?: unknown[][],
  maintenance?: unknown[][],
  target?: unknown[][],
  targetLicense?: unknown[][],
  quantity?: unknown[][],
  targetQuantity?: unknown[][],
  migrated?: unknown[][],
  licenseType?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): unknown[][] {
  const raw = { product, role, maintenance, target, targetLicense, quantity, targetQuantity, migrated, licenseType };
  return runRows(fieldsOf(raw), targetOf, at(invocation));
}

/**
 * 価格区分 (無償バージョンアップ・優待価格・通常価格・利用終了…)。 / Price class (free version-up, preferential, normal, end of use…).
 * @customfunction PRICECLASS PRICECLASS
 * @requiresParameterAddresses
 * @param product 製品名 / Product
 * @param [role] 用途: サーバ・稼働マシン・クライアント / Role: server, agent, client
 * @param [maintenance] 保守契約: あり・なし / Maintenance: yes, no
 * @param [migrated] 移行済み: あり・なし / Migrated: yes, no
 * @param [licenseType] ライセンス形態 (月額など) / License type (e.g. monthly)
 * @param [target] 移行先: MG・SV/AG・CL/Win / Target
 * @param [targetLicense] 移行先ライセンス形態: インストール・プロセッサ / Target license: install, processor
 * @param [quantity] 数量 (省略時 1) / Quantity (default 1)
 * @param [targetQuantity] 移行数量 (省略時 数量) / Target quantity (default: quantity)
 * @returns 価格区分 / Price class
 */
export function priceClass(
  product: unknown[][],
  role?: unknown[][],
  maintenance?: unknown[][],
  migrated?: unknown[][],
  licenseType?: unknown[][],
  target?: unknown[][],
  targetLicense?: unknown[][],
  quantity?: unknown[][],
  targetQuantity?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): unknown[][] {
  const raw = { product, role, maintenance, migrated, licenseType, target, targetLicense, quantity, targetQuantity };
  return runRows(fieldsOf(raw), priceClassOf, at(invocation));
}

/**
 * 警告と情報の文面 (警告列と同じ)。 / The warnings text, as in the Warnings column.
 * @customfunction WARNINGS WARNINGS
 * @requiresParameterAddresses
 * @param product 製品名 / Product
 * @param [role] 用途: サーバ・稼働マシン・クライアント / Role: server, agent, client
 * @param [maintenance] 保守契約: あり・なし / Maintenance: yes, no
 * @param [target] 移行先: MG・SV/AG・CL/Win / Target
 * @param [targetLicense] 移行先ライセンス形態: インストール・プロセッサ / Target license: install, processor
 * @param [migrated] 移行済み: あり・なし / Migrated: yes, no
 * @param [licenseType] ライセンス形態 (月額など) / License type (e.g. monthly)
 * @param [quantity] 数量 (省略時 1) / Quantity (default 1)
 * @param [targetQuantity] 移行数量 (省略時 数量) / Target quantity (default: quantity)
 * @returns 警告 / Warnings
 */
export function warnings(
  product: unknown[][],
  role?: unknown[][],
  maintenance?: unknown[][],
  target?: unknown[][],
  targetLicense?: unknown[][],
  migrated?: unknown[][],
  licenseType?: unknown[][],
  quantity?: unknown[][],
  targetQuantity?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): unknown[][] {
  const raw = { product, role, maintenance, target, targetLicense, migrated, licenseType, quantity, targetQuantity };
  return runRows(fieldsOf(raw), warningsOf, at(invocation));
}

/**
 * CL/Win の購入内訳 (5ライセンス製品×数, 1ライセンス製品×数)。MG 1台につき1ライセンス同梱。 / CL/Win packs to buy, e.g. 5×1, 1×1 (one bundled per MG).
 * @customfunction CLWIN CLWIN
 * @param clients JMSS クライアント数 / Number of clients
 * @param [mgCount] 移行する MG の数 (同梱分を差し引く) / Number of MG licences (one CL/Win bundled with each)
 * @returns 例 5×1, 1×1 / e.g. 5×1, 1×1
 */
export function clWin(clients: unknown[][], mgCount?: unknown[][]): unknown[][] {
  return guard(({ lang }) => clWinCells(clients, mgCount, lang));
}

/**
 * Enterprise Architect の新しいサポート期限 (日付。セルの表示形式を日付にしてください)。 / New EA support end (an Excel date).
 * @customfunction SUPPORTEND SUPPORTEND
 * @requiresParameterAddresses
 * @param supportEnd 現在のサポート期限 / Current support end
 * @param [procedureDate] 手続き日 (省略時 今日) / Procedure date (default today)
 * @param [issueDate] 更新コードの発行日 / Issue date of the renewal code
 * @param [years] 更新年数 (省略時 1) / Years (default 1)
 * @param [orderDate] 注文日 (省略時 手続き日) / Order date (default: procedure date)
 * @returns 新サポート期限 / New support end
 */
export function supportEnd(
  supportEnd: unknown[][],
  procedureDate?: unknown[][],
  issueDate?: unknown[][],
  years?: unknown[][],
  orderDate?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): unknown[][] {
  return runRows(fieldsOf({ supportEnd, procedureDate, issueDate, years, orderDate }), supportEndOf, ea(invocation));
}

/**
 * サポート更新 か サポート再開(3年経過後) か。 / Support renewal, or reinstatement after 3 years.
 * @customfunction RENEWALCLASS RENEWALCLASS
 * @requiresParameterAddresses
 * @param supportEnd 現在のサポート期限 / Current support end
 * @param [procedureDate] 手続き日 (省略時 今日) / Procedure date (default today)
 * @returns 価格区分 / Price class
 */
export function renewalClass(
  supportEnd: unknown[][],
  procedureDate?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): unknown[][] {
  return runRows(fieldsOf({ supportEnd, procedureDate }), priceClassOf, ea(invocation));
}

/**
 * 棚卸表 (見出し行を含む範囲) に対する出力列7列 (移行先型番〜根拠)。CLI・作業ウィンドウと同じ内容。 / The seven output columns for a whole table, as the CLI writes them.
 * @customfunction ANNOTATE ANNOTATE
 * @requiresParameterAddresses
 * @param table 見出し行を含む棚卸表 / The inventory table, header row included
 * @returns 出力列 / Output columns
 */
export function annotate(table: unknown[][], invocation?: CustomFunctions.Invocation): unknown[][] {
  return guard(({ lang, asOf }) => annotateTable(table, { asOf, unified: false }, lang, firstArgumentRow(invocation)));
}

/** Rows numbered as on the user's sheet (messages name rows, e.g. J3's "行3の移行に充当"). */
const at = (invocation: CustomFunctions.Invocation | undefined): RowsOptions => ({ firstRow: firstArgumentRow(invocation) });
/** SUPPORTEND and RENEWALCLASS speak of Enterprise Architect rows only (SPEC §5). */
const ea = (invocation: CustomFunctions.Invocation | undefined): RowsOptions => ({
  ...at(invocation),
  fixed: { product: EA_PRODUCT_NAME },
});

/** The arguments as inventory columns, in parameter order (the first one sets the number of rows). */
function fieldsOf(raw: Partial<Record<HoldingKey, unknown>>): Field[] {
  return (Object.keys(raw) as HoldingKey[]).map((key) => ({ key, raw: raw[key] }));
}
