// Sparx Systems Japan's figures for Enterprise Architect support (seeds 003, 004): the one place to change one when
// the vendor does. The rules and the messages both take them from here.

/** The renewal code's registration deadline: issue date + 30 days (seed 003 「サポート更新」パッケージ製品). */
export const RENEWAL_REGISTRATION_DAYS = 30;

/** The upgrade code must be registered within 90 days of issue, never later (seed 003 「アップグレード」パッケージ製品). */
export const UPGRADE_REGISTRATION_DAYS = 90;

/** seed 003: サポートが終了後、3年以上経過している場合には「サポート再開(3年経過後)」製品が必要. */
export const REINSTATEMENT_YEARS = 3;

/** Longest gap between order and delivery (seed 003 納期: 60日を超えることはできません). */
export const MAX_DELIVERY_DAYS = 60;

/** seed 004 メリット: 10ライセンス以上のサポート更新が統合サポート更新の対象. */
export const UNIFIED_RENEWAL_MIN_LICENSES = 10;
