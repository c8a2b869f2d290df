// M1–M4 vocabulary: Microsoft product families, their editions and named versions, as data (seed 001).
// M1 compares "the same edition" and "an earlier version" (seed 001 旧バージョン製品のご利用について), so every
// family says which words name an edition; versions are numbers or years ordered numerically (see parse-product).
// Aliases are written NFKC + lower-case; a space in an alias also matches no space (プロフェッショナルプラス).

export interface Edition {
  readonly id: string;
  readonly aliases: readonly string[];
}

export type FamilyId =
  "windows" | "windows-server" | "office" | "project" | "visio" | "sql-server" | "exchange-server" | "sharepoint-server";

export interface Family {
  readonly id: FamilyId;
  /** How the family is named in messages. */
  readonly label: string;
  /** Name prefixes after an optional "Microsoft"; the longest that matches wins (Windows Server before Windows). */
  readonly names: readonly string[];
  readonly editions: readonly Edition[];
  /** Versions that are words, with their place in the numeric order (Windows XP < Vista < 7). */
  readonly namedVersions?: Readonly<Record<string, readonly number[]>>;
  /** Windows client: Enterprise and Education via VL are Windows Upgrade licences (M2, M3). */
  readonly windowsClient?: true;
}

// Windows client editions. Home, Home Premium and Starter exist so that a base licence naming them is
// recognised (and refused, M2) rather than unreadable.
export const WINDOWS_EDITIONS = [
  { id: "home", aliases: ["home", "ホーム"] },
  { id: "home-premium", aliases: ["home premium", "ホーム プレミアム"] },
  { id: "starter", aliases: ["starter", "スターター"] },
  { id: "pro", aliases: ["pro", "professional", "プロ", "プロフェッショナル"] },
  { id: "pro-workstations", aliases: ["pro for workstations", "pro workstations", "プロ for ワークステーション"] },
  { id: "pro-education", aliases: ["pro education", "プロ エデュケーション"] },
  { id: "enterprise", aliases: ["enterprise", "エンタープライズ"] },
  { id: "enterprise-ltsc", aliases: ["enterprise ltsc", "enterprise ltsb", "エンタープライズ ltsc"] },
  { id: "iot-enterprise", aliases: ["iot enterprise"] },
  { id: "education", aliases: ["education", "エデュケーション"] },
  { id: "ultimate", aliases: ["ultimate", "アルティメット"] },
  { id: "business", aliases: ["business", "ビジネス"] },
] as const satisfies readonly Edition[];
export type WindowsEditionId = (typeof WINDOWS_EDITIONS)[number]["id"];

const STANDARD: Edition = { id: "standard", aliases: ["standard", "スタンダード"] };
const ENTERPRISE: Edition = { id: "enterprise", aliases: ["enterprise", "エンタープライズ"] };
const PROFESSIONAL: Edition = { id: "professional", aliases: ["professional", "プロフェッショナル"] };

export const FAMILIES: readonly Family[] = [
  {
    id: "windows-server",
    label: "Windows Server",
    names: ["windows server"],
    editions: [
      STANDARD,
      { id: "datacenter", aliases: ["datacenter", "データセンター"] },
      { id: "essentials", aliases: ["essentials", "エッセンシャルズ"] },
      { id: "foundation", aliases: ["foundation"] },
    ],
  },
  {
    id: "windows",
    label: "Windows",
    names: ["windows"],
    editions: WINDOWS_EDITIONS,
    namedVersions: { xp: [5, 1], vista: [6] },
    windowsClient: true,
  },
  {
    id: "office",
    label: "Office",
    // Office LTSC is the perpetual VL Office under a new name: one family, so LTSC 2024 may go down to 2019.
    names: ["office ltsc", "office"],
    editions: [
      { id: "professional-plus", aliases: ["professional plus", "pro plus", "プロフェッショナル プラス"] },
      STANDARD,
      PROFESSIONAL,
      { id: "home-business", aliases: ["home & business", "home and business", "ホーム & ビジネス", "ホーム アンド ビジネス"] },
      { id: "home-student", aliases: ["home & student", "home and student", "ホーム & スチューデント"] },
      { id: "personal", aliases: ["personal", "パーソナル"] },
    ],
  },
  { id: "project", label: "Project", names: ["project"], editions: [PROFESSIONAL, STANDARD] },
  { id: "visio", label: "Visio", names: ["visio ltsc", "visio"], editions: [PROFESSIONAL, STANDARD] },
  {
    id: "sql-server",
    label: "SQL Server",
    names: ["sql server", "sqlserver"],
    editions: [
      ENTERPRISE,
      STANDARD,
      { id: "web", aliases: ["web"] },
      { id: "developer", aliases: ["developer", "デベロッパー"] },
      { id: "express", aliases: ["express", "エクスプレス"] },
    ],
  },
  { id: "exchange-server", label: "Exchange Server", names: ["exchange server"], editions: [STANDARD, ENTERPRISE] },
  { id: "sharepoint-server", label: "SharePoint Server", names: ["sharepoint server"], editions: [STANDARD, ENTERPRISE] },
];

/** Windows editions that VL sells only as Windows Upgrade licences (seed 001: e.g. Windows Enterprise on top of Pro). */
export const VL_UPGRADE_EDITIONS: readonly WindowsEditionId[] = ["enterprise", "enterprise-ltsc", "education"];
