// Generated inventories for the benchmark: a realistic mix of JMSS rows (base, client, option, odd cells).
const PRODUCTS = [
  ["ESMPRO/JMSS Ver7.2", "UL1044-D01", "JMSSサーバ"],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "UL1044-D02", "稼働マシン"],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "UL1044-D02", "稼働マシン"],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "UL1044-D02", "稼働マシン"],
  ["JMSSクライアント", "", "クライアント"],
  ["ESMPRO/JMSS クラスタ連携オプション", "UL1044-C01", ""],
] as const;
const MAINTENANCE = ["あり", "なし", "加入済み", "", "○", "未加入"];
const QUANTITY: unknown[] = [1, 2, "３", 5, 1, 10, "2本"];

/** Excel's last row, less the title and header rows. */
export const FULL_SHEET = 1_048_576 - 2;

export const HEADER = ["製品名", "型番", "用途", "数量", "保守契約", "移行数量", "備考"];

/** `rows` data rows under a title row and a header row, as sheet values. */
export function generateValues(rows: number): unknown[][] {
  const values: unknown[][] = [["JMSS ライセンス棚卸表 (ベンチマーク)"], HEADER];
  for (let i = 0; i < rows; i++) {
    const [product, sku, role] = PRODUCTS[i % PRODUCTS.length] ?? PRODUCTS[0];
    const qty = QUANTITY[i % QUANTITY.length];
    values.push([product, sku, role, qty, MAINTENANCE[i % MAINTENANCE.length], i % 11 === 0 ? 3 : null, `資産${i}`]);
  }
  return values;
}
