// M2: the base Windows licence a VL Windows Upgrade needs (seed 001 「対象となる Windows オペレーティング システム」とは:
// "有効な Windows ベース ライセンスに、適切な COA を保有したコンピューターにのみインストールが可能 … Windows Pro 等").
import { NO_WORDS, YES_WORDS } from "../../inventory/headers";
import { word } from "../../inventory/normalise";
import type { WindowsEditionId } from "./families";
import { FAMILIES } from "./families";
import { cleanName, findEdition, findFamily } from "./parse-product";

/**
 * Base editions that qualify (seed 001 names Pro "等"; the rest follow Microsoft's qualifying-OS list:
 * the business editions of each Windows generation). Home, Home Premium, Starter, IoT Enterprise and the
 * VL-only Enterprise LTSC are not listed, so they do not qualify.
 */
export const QUALIFYING_BASE_EDITIONS: readonly WindowsEditionId[] = [
  "pro", // Windows 11/10/8.1 Pro, Windows 7 Professional (seed 001: "Windows Pro 等")
  "pro-workstations",
  "pro-education",
  "enterprise",
  "education",
  "ultimate", // Windows 7 / Vista Ultimate
  "business", // Windows Vista Business
];

/**
 * - `qualifying`: names a qualifying edition;
 * - `none`: blank, なし, or names a licence that does not qualify (Home, Windows Server, Office…);
 * - `unstated`: says there is one (あり, ○, "Windows 10") without the edition;
 * - `unreadable`: text that names no licence at all.
 */
export type BaseVerdict = "qualifying" | "none" | "unstated" | "unreadable";

const WINDOWS = FAMILIES.find((f) => f.windowsClient);

const qualifies = (id: string): boolean => (QUALIFYING_BASE_EDITIONS as readonly string[]).includes(id);

/** Judge the baseLicense cell of a Windows Upgrade row. */
export function judgeBaseLicense(text: string | undefined): BaseVerdict {
  if (text === undefined) return "none";
  const w = word(text);
  if (w === "" || NO_WORDS.includes(w) || w === "ー" || w === "−") return "none";
  if (YES_WORDS.includes(w)) return "unstated";
  const clean = cleanName(text);
  const found = findFamily(clean);
  if (found && !found.family.windowsClient) return "none"; // Windows Server, Office…: not a Windows client licence
  // "Windows 11 Pro", or an edition without the family name: "Pro", "プロ", "OEM版 Pro (COA貼付)".
  const edition = WINDOWS && findEdition(found?.rest ?? clean, WINDOWS);
  if (edition) return qualifies(edition.id) ? "qualifying" : "none";
  return found ? "unstated" : "unreadable";
}
