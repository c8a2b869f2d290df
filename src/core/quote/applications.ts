// J13 (seed 000 §3): MG and SV/AG version-ups are separate applications, one per target SKU, each with its
// 連絡欄 text: 「JMSSの販売終了に伴うJobCenterへのライセンス移行の申請」 + 「<SKU> <product> の提供希望」.
import { versionUpApplicationText } from "../packs/jmss/catalog";
import type { Application, QuoteLine } from "./model";

/** Quote lines are already one per (SKU, class), so each FREE_VERSION_UP line is one application. */
export function versionUpApplications(lines: readonly QuoteLine[]): Application[] {
  return lines
    .filter((l) => l.priceClass === "FREE_VERSION_UP" && l.quantity > 0)
    .map((l) => ({
      sku: l.sku,
      product: l.product,
      quantity: l.quantity,
      text: versionUpApplicationText(l.sku, l.product),
      rows: l.rows,
    }));
}
