// M2 and M3: a VL Windows Upgrade (seed 001 Windows Upgrade インストール サービス).
import { error, warn } from "../../findings";
import type { Finding, Holding } from "../../model";
import { judgeBaseLicense } from "./base-license";
import { VL_UPGRADE_EDITIONS } from "./families";
import type { MsProduct } from "./parse-product";

/**
 * A Windows client row is a Windows Upgrade when its edition exists in VL only as an upgrade (Enterprise,
 * Education), when its name says Upgrade / アップグレード, or when an OEM/LSP images it (seed 001: imaging is
 * "ボリューム ライセンスの Windows Upgrade オペレーティング システム製品のインストール作業"). A media row is no licence.
 */
export function isWindowsUpgrade(h: Holding, p: MsProduct): boolean {
  if (!p.family.windowsClient || p.media) return false;
  const vlOnly = p.edition !== undefined && (VL_UPGRADE_EDITIONS as readonly string[]).includes(p.edition.id);
  return vlOnly || p.upgrade || h.imaging === true;
}

/**
 * M2: "有効な Windows ベース ライセンスに、適切な Certificate of Authenticity (COA) を保有したコンピューターにのみ
 * インストールが可能" (seed 001). No base licence, or one that does not qualify (Home) → error.
 */
export function checkBaseLicense(h: Holding): Finding[] {
  const params = { column: "baseLicense", value: h.baseLicense ?? "" };
  switch (judgeBaseLicense(h.baseLicense)) {
    case "qualifying":
      return [];
    case "none":
      return [error("BASE_LICENSE_REQUIRED", "M2", params)];
    case "unstated":
      return [warn("BASE_LICENSE_UNCONFIRMED", "M2", params)];
    case "unreadable":
      return [error("INVALID_VALUE", "M2", params)];
  }
}

/**
 * M3: imaging by an OEM/LSP needs the customer licence confirmation form, dated and signed, sent to the
 * OEM/LSP — "マイクロソフトでは受け付けておりません" (seed 001 認証プロセスを完了するには 1.–2.).
 */
export function checkImaging(h: Holding): Finding[] {
  return h.imaging === true ? [warn("IMAGING_FORM_REQUIRED", "M3")] : [];
}
