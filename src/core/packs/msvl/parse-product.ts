// M1–M4: read a Microsoft product name into family, edition and version (seed 001: ダウングレード権 compares
// "お持ちのエディションの旧バージョン"). Tolerant: noise words (日本語版, 64bit, VL, E3…) are skipped, not refused.
import { word } from "../../inventory/normalise";
import type { Edition, Family } from "./families";
import { FAMILIES } from "./families";
import { own } from "../../own";

export interface Version {
  /** As written, e.g. "8.1", "2008 R2", "10 2021" (Windows 10 Enterprise LTSC 2021). */
  readonly text: string;
  /** Numeric order key, compared left to right (missing = 0). */
  readonly key: readonly number[];
}

export interface MsProduct {
  readonly family: Family;
  readonly edition?: Edition;
  readonly version?: Version;
  /** The name says Upgrade / アップグレード. */
  readonly upgrade: boolean;
  /** The name says physical media (DVD, メディア…), not a licence (M4). */
  readonly media: boolean;
}

const LEADING_TAG = /^[[(【][^\])】]*[\])】]\s*/; // 【VL】Windows 11 Pro
const MAKER = /^(microsoft|ms|マイクロソフト)(\s+|(?![a-z]))/;
const PUNCTUATION = /[()[\]【】,:;/|・®™]/g;
const SUBSCRIPTION = /(?<![\p{L}\p{N}])365(?!\p{N})/u; // Microsoft 365 / Office 365: subscriptions, not VL fulfilment
const UPGRADE = /upgrade|アップグレード/;
const MEDIA = /media|メディア|dvd|(?<![a-z])cd(?![a-z])/;

/** NFKC, lower-case, one space; a leading tag, the maker's name and punctuation removed. */
export function cleanName(text: string): string {
  return word(text).replace(LEADING_TAG, "").replace(MAKER, "").replace(PUNCTUATION, " ").replace(/\s+/g, " ").trim();
}

const FAMILY_NAMES = FAMILIES.flatMap((family) => family.names.map((name) => ({ name, family }))).sort(
  (a, b) => b.name.length - a.name.length,
);

/** The family the name starts with, and the rest of the name. "Windows10" counts; "OfficeScan" does not. */
export function findFamily(clean: string): { family: Family; rest: string } | undefined {
  for (const { name, family } of FAMILY_NAMES) {
    if (clean.startsWith(name) && !/^[a-z]/.test(clean.slice(name.length))) {
      return { family, rest: clean.slice(name.length).trim() };
    }
  }
  return undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Letters that may not touch an alias: ASCII letters/digits for a Latin end, katakana for a katakana end. */
const neighbour = (ch: string): string => (/[a-z0-9]/.test(ch) ? "[a-z0-9]" : "[\\p{Script=Katakana}ー]");

function aliasPattern(alias: string): RegExp {
  const body = alias.split(" ").map(escape).join("\\s?");
  return new RegExp(`(?<!${neighbour(alias.charAt(0))})${body}(?!${neighbour(alias.charAt(alias.length - 1))})`, "u");
}

const EDITION_PATTERNS = new Map<Family, { edition: Edition; pattern: RegExp; length: number }[]>(
  FAMILIES.map((f) => [
    f,
    f.editions.flatMap((edition) => edition.aliases.map((a) => ({ edition, pattern: aliasPattern(a), length: a.length }))),
  ]),
);

/** The leftmost edition named in the text (the longest alias at that place: "Pro Education" over "Pro"). */
export function findEdition(text: string, family: Family): Edition | undefined {
  let best: { edition: Edition; index: number; length: number } | undefined;
  for (const { edition, pattern, length } of EDITION_PATTERNS.get(family) ?? []) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && length > best.length)) {
      best = { edition, index: m.index, length };
    }
  }
  return best?.edition;
}

const VERSION_TOKEN = /(?<![\p{L}\p{N}.])(?:(xp|vista)|(\d{1,4})(?:\.(\d{1,2}))?(?:\s?(r2))?)(?![\p{L}\p{N}]|\.\d)/gu;
const plausible = (n: number): boolean => (n >= 3 && n <= 20) || (n >= 1990 && n <= 2099);

/** Every version number or year in the text, in order: "2008 R2" → [2008, 0, 1]; "10 … LTSC 2021" → [10, 0, 0, 2021, 0, 0]. */
export function findVersion(text: string, family: Family): Version | undefined {
  const texts: string[] = [];
  const key: number[] = [];
  for (const m of text.matchAll(VERSION_TOKEN)) {
    const named = m[1] === undefined ? undefined : family.namedVersions && own(family.namedVersions, m[1]);
    if (named) {
      texts.push(m[1] === "xp" ? "XP" : "Vista");
      key.push(...named, 0);
      continue;
    }
    const major = Number(m[2]);
    if (m[2] === undefined || !plausible(major)) continue;
    texts.push(m[0].toUpperCase().replace(/\s?R2/, " R2"));
    key.push(major, Number(m[3] ?? 0), m[4] ? 1 : 0);
  }
  return key.length === 0 ? undefined : { text: texts.join(" "), key };
}

/** Negative when a is earlier than b. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.key.length, b.key.length); i++) {
    const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A Microsoft product: a known family followed by an edition or a version ("Windows 11 Enterprise",
 * "Office LTSC Professional Plus 2024", "Microsoft Windows Server 2022 Standard"). A bare family word
 * ("Windows Defender", "Office") is not enough to claim a row.
 */
export function parseProduct(text: string): MsProduct | undefined {
  const clean = cleanName(text);
  if (SUBSCRIPTION.test(clean)) return undefined;
  const found = findFamily(clean);
  if (!found) return undefined;
  const edition = findEdition(found.rest, found.family);
  const version = findVersion(found.rest, found.family);
  if (!edition && !version) return undefined;
  return {
    family: found.family,
    ...(edition ? { edition } : {}),
    ...(version ? { version } : {}),
    upgrade: UPGRADE.test(found.rest),
    media: MEDIA.test(found.rest),
  };
}
