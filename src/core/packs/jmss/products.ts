// seed 000 §2-§3: which JMSS product a row holds — base product, client, option — read from the product name and role.
import { word } from "../../inventory/normalise";
import type { Holding } from "../../model";

export type RowKind = "base" | "client" | "option" | "unknown";
export type BaseRole = "server" | "agent";

/** The pack claims every row whose product names JMSS (case, width and spacing ignored). */
export const isJmss = (product: string): boolean => productFacts(product).jmss;

// §2 (3): JMSSオプション製品 — 移行先なし. The table lists five; any other JMSS option has no target either.
export const OPTIONS: readonly { readonly name: string; readonly match: RegExp; readonly rule: string }[] = [
  { name: "クラスタ連携オプション", match: /クラスタ連携/, rule: "J5" },
  { name: "ジョブ連携オプション", match: /ジョブ連携/, rule: "J5" },
  { name: "開発キットJAPI", match: /japi|開発キット/, rule: "J5" },
  { name: "ユーティリティ", match: /ユーティリティ|utility/, rule: "J5" },
  { name: "EventManager", match: /event ?manager/, rule: "J5" },
  { name: "(other options)", match: /オプション|option/, rule: "J5" },
];

// §3 (1): VerUp元の製品名 — WebSAM JMSS, ESMPRO/JMSS, ESMPRO/JMSS EnterpriseEdition (spaces removed); bare "JMSS" too.
const BASE_NAMES: readonly string[] = ["websamjmss", "esmpro/jmss", "esmpro/jmssenterpriseedition", "jmss"];

/**
 * The product name without what varies between inventories: notes in brackets ((JMSSサーバ用)), SKUs (UL1044-D01),
 * counts (1本), versions (Ver7.2), platforms (for Windows, Linux版), role words (サーバ, 稼働マシン, エージェント, 基本製品)
 * and spaces.
 */
export function baseKey(product: string): string {
  return word(product)
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, " ")
    .replace(/[a-z]{2}\d{3,4}-[0-9a-z-]+/g, " ")
    .replace(/\sfor\s.*$/, " ")
    .replace(/\d+\s*(?:本|台|個)/g, " ") // §7: 「WebSAM JMSS 1本 (JMSSサーバ用)」
    .replace(/(?:ver\.?|version|v|r)?\s?\d+(?:\.\d+)*[a-z]?/g, " ")
    .replace(/基本製品|基本|サーバー?用?|稼[働動]マシン用?|エージェント用?|(?:windows|linux)版|ライセンス|license/g, " ")
    .replace(/\s+/g, "")
    .replace(/(jmss)(?:jmss)+/g, "$1"); // 「ESMPRO/JMSS Ver7.2 JMSSサーバ」 names JMSS twice
}

export const isBaseProduct = (product: string): boolean => BASE_NAMES.includes(baseKey(product));

/** §7: inventories often say the role in the name: 「WebSAM JMSS 1本 (JMSSサーバ用)」「(稼働マシン用)」. */
export const roleHint = (product: string): BaseRole | undefined => productFacts(product).roleHint;

/** The kind the name says, except that a client role makes any non-option row a client. */
export function rowKind(h: Holding): RowKind {
  const named = productFacts(h.product).kind;
  return named !== "option" && h.role === "client" ? "client" : named;
}

/** What the product name alone says. */
interface ProductFacts {
  readonly jmss: boolean;
  /** The row kind when the role column says nothing. */
  readonly kind: RowKind;
  readonly roleHint: BaseRole | undefined;
}

function productFacts(product: string): ProductFacts {
  const w = word(product);
  return { jmss: w.includes("jmss"), kind: kindByName(w, product), roleHint: roleHintOf(w) };
}

/** Options first (an option's role says nothing), then clients (licence-free), then base products; the rest is J15. */
function kindByName(w: string, product: string): RowKind {
  if (OPTIONS.some((o) => o.match.test(w))) return "option";
  if (/クライアント|client/.test(w)) return "client";
  if (isBaseProduct(product)) return "base";
  return "unknown";
}

function roleHintOf(w: string): BaseRole | undefined {
  if (/稼[働動]マシン/.test(w)) return "agent";
  if (/サーバ/.test(w)) return "server";
  return undefined;
}
