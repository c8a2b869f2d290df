// The vendors' figures as words: a sentence says {eosMonth} or {registrationDays}, and the figure comes from the
// pack's own data table (packs/*/facts.ts), its one home — so changing a figure there changes every sentence.
import type { Lang } from "../core/model";
import { JMSS_SUPPORT_LAST_DAY } from "../core/packs/jmss/facts";
import { PHYSICAL_MEDIA_END } from "../core/packs/msvl/facts";
import {
  REINSTATEMENT_YEARS,
  RENEWAL_REGISTRATION_DAYS,
  UNIFIED_RENEWAL_MIN_LICENSES,
  UPGRADE_REGISTRATION_DAYS,
} from "../core/packs/sparx/facts";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ymd = (iso: string): [number, number, number] => [
  Number(iso.slice(0, 4)),
  Number(iso.slice(5, 7)),
  Number(iso.slice(8, 10)),
];

function month(iso: string, lang: Lang): string {
  const [y, m] = ymd(iso);
  return lang === "ja" ? `${y}年${m}月` : `${MONTHS_EN[m - 1] ?? m} ${y}`;
}

function day(iso: string, lang: Lang): string {
  const [y, m, d] = ymd(iso);
  return lang === "ja" ? `${y}年${m}月${d}日` : iso;
}

const FACTS: ReadonlyMap<string, (lang: Lang) => string> = new Map([
  ["eosMonth", (lang: Lang) => month(JMSS_SUPPORT_LAST_DAY, lang)],
  ["mediaEnd", (lang: Lang) => day(PHYSICAL_MEDIA_END, lang)],
  ["registrationDays", () => String(RENEWAL_REGISTRATION_DAYS)],
  ["upgradeDays", () => String(UPGRADE_REGISTRATION_DAYS)],
  ["reinstatementYears", () => String(REINSTATEMENT_YEARS)],
  ["minLicences", () => String(UNIFIED_RENEWAL_MIN_LICENSES)],
]);

/** A vendor figure's words, for a placeholder no finding param fills; undefined when `name` is no figure. */
export const factWord = (name: string, lang: Lang): string | undefined => FACTS.get(name)?.(lang);
