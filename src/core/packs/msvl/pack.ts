// The Microsoft Volume Licensing pack (SPEC §6, seed 001): M1 downgrade rights, M2 Windows Upgrade base
// licence, M3 imaging form, M4 no physical media. Microsoft rows buy nothing: a decided row is one NO_CHANGE line.
import { hasError } from "../../findings";
import type { Context, Decision, Holding, Line, Pack } from "../../model";
import { asksForVersion, checkDowngrade } from "./downgrade";
import { checkMedia } from "./media";
import type { MsProduct } from "./parse-product";
import { parseProduct } from "./parse-product";
import { checkBaseLicense, checkImaging, isWindowsUpgrade } from "./windows-upgrade";

// Inventories repeat the same product names thousands of times.
const parsed = new Map<string, MsProduct | undefined>();
function parseOnce(product: string): MsProduct | undefined {
  if (parsed.has(product)) return parsed.get(product);
  const p = parseProduct(product);
  if (parsed.size < 4096) parsed.set(product, p);
  return p;
}

/** SPEC §6: a row that needs nothing bought yields one NO_CHANGE line carrying the row's quantity. */
const noChangeLine = (h: Holding): Line => ({
  sku: h.sku ?? "",
  product: h.product,
  quantity: h.quantity,
  priceClass: "NO_CHANGE",
});

function decideRow(h: Holding, ctx: Context): Decision {
  const p = parseOnce(h.product);
  if (!p) throw new Error(`msvl: row ${h.row} was claimed but does not parse`); // a bug, not bad input
  const rules: string[] = [];
  if (asksForVersion(h.desiredVersion)) rules.push("M1");
  const downgrade = checkDowngrade(h, p);
  const findings = [...downgrade.findings];
  if (isWindowsUpgrade(h, p)) {
    rules.push("M2");
    findings.push(...checkBaseLicense(h), ...checkImaging(h));
  }
  findings.push(...checkMedia(p, downgrade.allowed, ctx));
  // An error leaves the row undecided; a wish the downgrade right does not cover needs a purchase we cannot name.
  const lines = hasError(findings) || !downgrade.nothingToBuy ? [] : [noChangeLine(h)];
  return { row: h.row, lines, findings, rules };
}

/**
 * Claims rows whose product is a Microsoft family with an edition or a version ("Windows 11 Enterprise",
 * "Microsoft Office LTSC Professional Plus 2024", "Windows Server 2022 Standard"); each row is decided alone.
 */
export const msvlPack: Pack = {
  id: "msvl",
  claims: (h) => parseOnce(h.product) !== undefined,
  decide: (holdings, ctx) => holdings.map((h) => decideRow(h, ctx)),
};
