// M1: downgrade rights (seed 001 旧バージョン製品のご利用について: "ボリューム ライセンス プログラムで有効な
// ソフトウェアを所有しているお客様は、お持ちのエディションの旧バージョン製品をご利用いただくことができます").
import { NO_WORDS } from "../../inventory/headers";
import { word } from "../../inventory/normalise";
import { error, info, warn } from "../../findings";
import type { Finding, Holding } from "../../model";
import type { Edition, Family } from "./families";
import type { MsProduct, Version } from "./parse-product";
import { cleanName, compareVersions, findEdition, findFamily, findVersion } from "./parse-product";

export interface DowngradeCheck {
  readonly findings: Finding[];
  /** False when the wish is not covered by the right: something must be bought that we cannot name, so no line. */
  readonly nothingToBuy: boolean;
  /** True when an earlier version of the same edition was asked for and is allowed. */
  readonly allowed: boolean;
}

interface Desired {
  readonly family: Family;
  readonly edition?: Edition | undefined;
  readonly version?: Version | undefined;
}

const NOT_ASKED: DowngradeCheck = { findings: [], nothingToBuy: true, allowed: false };

/** Whether a desiredVersion cell asks for anything: blank, なし and "-" do not. */
export const asksForVersion = (text: string | undefined): text is string =>
  text !== undefined && word(text) !== "" && !NO_WORDS.includes(word(text));

/**
 * The desired version as a product. A full name ("Windows 10 Enterprise") names its own family; a bare
 * version or edition ("10", "2019", "Pro") is read within the held product's family.
 */
export function readDesired(text: string, held: MsProduct): Desired | undefined {
  const clean = cleanName(text);
  const found = findFamily(clean);
  const family = found?.family ?? held.family;
  const rest = found?.rest ?? clean;
  const edition = findEdition(rest, family);
  const version = findVersion(rest, family);
  return edition || version ? { family, edition, version } : undefined;
}

/** M1 for one row: is the desired version covered by the downgrade right of the held product? */
export function checkDowngrade(h: Holding, held: MsProduct): DowngradeCheck {
  const text = h.desiredVersion;
  if (!asksForVersion(text)) return NOT_ASKED;
  const desired = readDesired(text, held);
  const invalid = error("INVALID_VALUE", "M1", { column: "desiredVersion", value: text });
  if (!desired) return { findings: [invalid], nothingToBuy: false, allowed: false };
  const params = { product: h.product, desired: text };
  const notCovered = (f: Finding): DowngradeCheck => ({ findings: [f], nothingToBuy: false, allowed: false });

  if (desired.family.id !== held.family.id) return notCovered(warn("DOWNGRADE_OTHER_PRODUCT", "M1", params));
  // A bare version ("10") keeps the held edition.
  const edition = desired.edition ?? held.edition;
  if (held.edition && edition && edition.id !== held.edition.id) {
    return notCovered(warn("DOWNGRADE_OTHER_EDITION", "M1", params));
  }
  if (!desired.version) return { findings: [invalid], nothingToBuy: false, allowed: false };
  if (!held.version || (!held.edition && desired.edition)) {
    return { findings: [warn("DOWNGRADE_UNVERIFIED", "M1", params)], nothingToBuy: true, allowed: false };
  }
  const order = compareVersions(desired.version, held.version);
  if (order > 0) return notCovered(warn("DOWNGRADE_NOT_EARLIER", "M1", params));
  if (order === 0) return NOT_ASKED; // the version held: nothing to say
  return { findings: [info("DOWNGRADE_ALLOWED", "M1", params)], nothingToBuy: true, allowed: true };
}
