// seed 000 §7 ライセンス移行例 (1)-(4), as sheet values in → lines, findings and rules out (SPEC §4 worked examples).
// Product names are spelled out here, not taken from the catalog, so a catalog typo shows up as a failing example.
import type { FindingCode, Line, Severity } from "../../model";

export interface ExpectedFinding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly params?: Record<string, string | number>;
}

export interface ExpectedRow {
  /** Sheet row number (the header is row 1). */
  readonly row: number;
  readonly lines: readonly Line[];
  readonly findings: readonly ExpectedFinding[];
  readonly rules: readonly string[];
}

export interface WorkedExample {
  readonly name: string;
  readonly asOf: string;
  readonly values: readonly (readonly unknown[])[];
  readonly expected: readonly ExpectedRow[];
}

const MG = "WebSAM JobCenter MG for Windows/Linux R16.2";
const SV_AG = "WebSAM JobCenter SV/AG for Windows/Linux R16.2";
/** A line as the pack writes it: `item` is the catalog item it buys ("JMSS" for the row's own licences). */
const line = (sku: string, product: string, quantity: number, priceClass: Line["priceClass"], item: string): Line => ({
  sku,
  product,
  quantity,
  priceClass,
  item: `jmss:${item}`,
});

const EOS: ExpectedFinding = { severity: "info", code: "JMSS_EOS" };
const NOT_TRANSFERRED: ExpectedFinding = { severity: "warning", code: "MAINTENANCE_NOT_TRANSFERRED" };
const STOPS: ExpectedFinding = { severity: "info", code: "JMSS_STOPS_AFTER_VERSION_UP" };
const FREE_NOTES = [EOS, NOT_TRANSFERRED, STOPS];
const FREE_RULES = ["J1", "J2", "J11", "J12", "J14"];

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    name: "(1) same layout: JMSSサーバ 1, 稼働マシン 3, JMSSクライアント 7, with maintenance",
    asOf: "2025-10-01",
    values: [
      ["製品名", "用途", "数量", "保守契約"],
      ["WebSAM JMSS", "JMSSサーバ", 1, "あり"],
      ["WebSAM JMSS", "稼働マシン", 3, "あり"],
      ["JMSSクライアント", "クライアント", 7, "あり"],
    ],
    expected: [
      { row: 2, lines: [line("UL1256-N00-I", MG, 1, "FREE_VERSION_UP", "MG")], findings: FREE_NOTES, rules: FREE_RULES },
      { row: 3, lines: [line("UL1256-N01-I", SV_AG, 3, "FREE_VERSION_UP", "SV/AG")], findings: FREE_NOTES, rules: FREE_RULES },
      {
        row: 4,
        // 7 clients − 1 bundled with the MG = 6 → 5-License × 1 + 1-License × 1, preferential whatever the maintenance
        lines: [
          line("", "(JMSSからの移行用)WebSAM JobCenter CL/Win(5 Licenses) R16.2", 1, "PREFERENTIAL", "CL/Win 5"),
          line("", "(JMSSからの移行用)WebSAM JobCenter CL/Win(1 License) R16.2", 1, "PREFERENTIAL", "CL/Win 1"),
        ],
        findings: [{ severity: "info", code: "CLWIN_BUNDLED", params: { count: 1 } }, EOS],
        rules: ["J4", "J14"],
      },
    ],
  },
  {
    name: "(2) 4 standalone JMSSサーバ become MG 1 + SV/AG 5: 3 switch to SV/AG, 2 more at normal price",
    asOf: "2025-10-01",
    values: [
      ["製品名", "用途", "数量", "保守契約", "移行先", "移行数量"],
      ["WebSAM JMSS", "JMSSサーバ", 1, "あり", "", ""],
      ["WebSAM JMSS", "JMSSサーバ", 3, "あり", "SV/AG", 5],
    ],
    expected: [
      { row: 2, lines: [line("UL1256-N00-I", MG, 1, "FREE_VERSION_UP", "MG")], findings: FREE_NOTES, rules: FREE_RULES },
      {
        row: 3,
        lines: [line("UL1256-N01-I", SV_AG, 3, "FREE_VERSION_UP", "SV/AG"), line("UL1256-N01-I", SV_AG, 2, "NORMAL", "SV/AG")],
        findings: [
          ...FREE_NOTES,
          { severity: "warning", code: "NO_CHANGE_AFTER_MIGRATION" },
          { severity: "warning", code: "POOL_EXCEEDED", params: { count: 2 } },
        ],
        rules: ["J1", "J2", "J3", "J8", "J11", "J12", "J14"],
      },
    ],
  },
  {
    name: "(3) 2-node clusters of JMSSサーバ and 稼働マシン; the クラスタ連携オプション ends (roles from the names)",
    asOf: "2025-10-01",
    values: [
      ["製品名", "数量", "保守契約"],
      ["WebSAM JMSS (JMSSサーバ用)", 2, "なし"],
      ["WebSAM JMSS (稼働マシン用)", 2, "なし"],
      ["JMSSクラスタ連携オプション", 2, "なし"],
    ],
    expected: [
      {
        row: 2,
        lines: [line("", "(JMSSからの移行用)WebSAM JobCenter MG for Windows/Linux R16.2", 2, "PREFERENTIAL", "MG")],
        findings: [EOS],
        rules: ["J1", "J2", "J14"],
      },
      {
        row: 3,
        lines: [line("", "(JMSSからの移行用)WebSAM JobCenter SV/AG for Windows/Linux R16.2", 2, "PREFERENTIAL", "SV/AG")],
        findings: [EOS],
        rules: ["J1", "J2", "J14"],
      },
      {
        row: 4,
        lines: [line("", "JMSSクラスタ連携オプション", 2, "END_OF_USE", "JMSS")],
        findings: [{ severity: "info", code: "OPTION_NO_TARGET" }, EOS],
        rules: ["J5", "J14"],
      },
    ],
  },
  {
    name: "(4) SV/AG on a virtualization platform: 1 processor licence at normal price, the 10 稼働マシン licences end",
    asOf: "2025-10-01",
    values: [
      ["型番", "製品名", "用途", "数量", "保守契約", "移行先ライセンス形態", "移行数量"],
      ["UL1044-D01", "ESMPRO/JMSS Ver7.2", "JMSSサーバ", 1, "あり", "", ""],
      ["UL1044-D01", "ESMPRO/JMSS Ver7.2", "稼働マシン", 10, "あり", "プロセッサ", 1],
    ],
    expected: [
      { row: 2, lines: [line("UL1256-N00-I", MG, 1, "FREE_VERSION_UP", "MG")], findings: FREE_NOTES, rules: FREE_RULES },
      {
        row: 3,
        lines: [
          line("", "WebSAM JobCenter SV/AG プロセッサライセンス", 1, "NORMAL", "SV/AG processor"),
          line("UL1044-D01", "ESMPRO/JMSS Ver7.2", 10, "END_OF_USE", "JMSS"),
        ],
        findings: [{ severity: "warning", code: "PROCESSOR_NOT_ELIGIBLE" }, EOS, NOT_TRANSFERRED],
        rules: ["J1", "J7", "J11", "J14"],
      },
    ],
  },
];
