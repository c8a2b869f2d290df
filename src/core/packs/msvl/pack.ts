// The Microsoft Volume Licensing pack (SPEC §6, seed 001): M1 downgrade rights, M2 Windows Upgrade base
// licence, M3 imaging form, M4 no physical media. A decided row is one NO_CHANGE line, or one NORMAL line for a wish
// the downgrade right does not cover.
import { decided } from "../../decision";
import { hasError } from "../../findings";
import type { Context, Decision, Holding, Line } from "../../model";
import { definePack } from "../../model";
import { asksForVersion, checkDowngrade } from "./downgrade";
import { checkMedia } from "./media";
import { parseProduct } from "./parse-product";
import { checkBaseLicense, checkImaging, isWindowsUpgrade } from "./windows-upgrade";

/** SPEC §6: a row that needs nothing bought yields one NO_CHANGE line carrying the row's quantity. */
const noChangeLine = (h: Holding): Line => ({
  sku: h.sku ?? "",
  product: h.product,
  quantity: h.quantity,
  priceClass: "NO_CHANGE",
  item: "msvl:held",
});

/** M1: the version the row wants, which its downgrade right does not cover, bought as a licence of its own. */
const wishedLine = (h: Holding): Line => ({
  sku: "",
  product: h.desiredVersion ?? h.product,
  quantity: h.quantity,
  priceClass: "NORMAL",
  item: "msvl:wished",
});

/** Each row is decided alone (SPEC §6): the decision of a holding is every row's that holds it. */
function decideHolding(h: Holding, ctx: Context): Decision {
  const p = parseProduct(h.product);
  if (!p) throw new Error(`msvl: ${h.product} was claimed but does not parse`); // a bug, not bad input
  const rules: string[] = [];
  if (asksForVersion(h.desiredVersion)) rules.push("M1");
  const downgrade = checkDowngrade(h, p);
  const findings = [...downgrade.findings];
  if (isWindowsUpgrade(h, p)) {
    rules.push("M2");
    findings.push(...checkBaseLicense(h), ...checkImaging(h));
  }
  findings.push(...checkMedia(p, downgrade.allowed, ctx));
  // An error leaves the row undecided. A wish the downgrade right does not cover (another edition or product, a
  // later version) means buying what is wished for at the normal price: M1 (seed 001 「お持ちのエディション」).
  const lines = hasError(findings) ? [] : downgrade.nothingToBuy ? [noChangeLine(h)] : [wishedLine(h)];
  return decided({ lines, findings, rules });
}

/**
 * Claims rows whose product is a Microsoft family with an edition or a version ("Windows 11 Enterprise",
 * "Microsoft Office LTSC Professional Plus 2024", "Windows Server 2022 Standard"); each row is decided alone.
 */
export const msvlPack = definePack<Decision>({
  id: "msvl",
  claims: (h) => parseProduct(h.product) !== undefined,
  plan: decideHolding,
  decide: (_rows, plans) => [...plans],
});
