// The worked examples of seed 003 (サポート更新(再開)の流れ) as data: one inventory row in → lines, end, codes, rules out.
import type { Cells } from "./sheet";

export interface Example {
  readonly name: string;
  readonly asOf: string;
  readonly row: Cells;
  readonly priceClass: string | null;
  readonly quantity?: number;
  readonly supportEnd: string | null;
  readonly codes: readonly string[];
  readonly rules: readonly string[];
}

export const SEED_003_EXAMPLES: readonly Example[] = [
  {
    name: "手順4: 2021年3月末までサポート期間がある場合 → 2022年3月末まで",
    asOf: "2021-03-01",
    row: { サポート期限: "2021/3/31", 注文日: "2021/3/1", 発行日: "2021/3/5", 手続き日: "2021/4/20" },
    priceClass: "SUPPORT_RENEWAL",
    supportEnd: "2022-03-31",
    codes: [],
    rules: ["E1"],
  },
  {
    name: "手順4: サポートが終了している場合で2021年3月5日に再開 → 2021年3月〜2022年2月",
    asOf: "2021-02-20",
    row: { サポート期限: "2020/11/30", 注文日: "2021/2/20", 発行日: "2021/2/25", 手続き日: "2021/3/5" },
    priceClass: "SUPPORT_RENEWAL",
    supportEnd: "2022-02-28",
    codes: ["PERIOD_FIXED_AT_PROCEDURE"],
    rules: ["E2", "E10"],
  },
  {
    name: "手順4: 書類の発行日が2021年1月5日で、2021年3月5日にお手続き → 2021年1月〜2021年12月",
    asOf: "2021-01-05",
    row: { サポート期限: "2020/11/30", 発行日: "令和3年1月5日", 手続き日: "R3.3.5" },
    priceClass: "SUPPORT_RENEWAL",
    supportEnd: "2021-12-31",
    codes: ["LATE_REGISTRATION", "PERIOD_FIXED_AT_PROCEDURE"],
    rules: ["E2", "E10"],
  },
  {
    name: "手順4: 複数年更新 — 5ライセンス × 3年 = 15",
    asOf: "2021-03-01",
    row: { サポート期限: "2021/3/31", 数量: 5, 年数: 3 },
    priceClass: "SUPPORT_RENEWAL",
    quantity: 15,
    supportEnd: "2024-03-31",
    codes: [],
    rules: ["E1", "E6"],
  },
  {
    name: "手順4 (月末): 2024年2月末まで → 2025年2月末まで",
    asOf: "2024-02-01",
    row: { サポート期限: "2024/2/29" },
    priceClass: "SUPPORT_RENEWAL",
    supportEnd: "2025-02-28",
    codes: [],
    rules: ["E1"],
  },
  {
    name: "手順4 (月末): 2023年2月末まで → 2024年2月末まで",
    asOf: "2023-02-01",
    row: { サポート期限: "2023/2/28" },
    priceClass: "SUPPORT_RENEWAL",
    supportEnd: "2024-02-29",
    codes: [],
    rules: ["E1"],
  },
  {
    name: "手順1/3: お手続き日の時点で3年以上 → サポート再開(3年経過後)",
    asOf: "2021-03-01",
    row: { サポート期限: "2018/2/28", 注文日: "2021/2/20", 手続き日: "2021/3/5" },
    priceClass: "SUPPORT_REINSTATEMENT",
    supportEnd: "2022-02-28",
    codes: ["PERIOD_FIXED_AT_PROCEDURE", "REINSTATEMENT_3Y", "REINSTATEMENT_BY_PROCEDURE_DATE"],
    rules: ["E2", "E3", "E10"],
  },
  {
    name: "アップグレード: 登録期限日(発行日から90日後)以降に登録することはできません",
    asOf: "2021-01-05",
    row: { 手続き: "アップグレード", サポート期限: "2022/3/31", 発行日: "2021/1/5", 手続き日: "2021/4/10" },
    priceClass: null,
    supportEnd: null,
    codes: ["UPGRADE_CODE_EXPIRED"],
    rules: ["E4"],
  },
];
