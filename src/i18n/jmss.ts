// Words for the JMSS → JobCenter pack's codes (seed 000).
import type { JmssCode } from "../core/packs/jmss/codes";

export const JMSS_WORDS = {
  ja: {
    MAINTENANCE_UNKNOWN: "保守契約の有無が不明なため優待価格で見積もっています(加入済みなら無償バージョンアップになります)",
    POOL_EXCEEDED: "保有するJMSS基本製品の数を超える{count}本は通常価格での新規購入です",
    POOL_BORROWED: "行{rows}で使われないJMSSライセンス{count}本を充当しています(価格区分は元の行のもの)",
    POOL_LENT: "{count}本は行{rows}の移行に充当しています(この行での購入は不要)",
    CLWIN_BUNDLED: "JobCenter MGに付属するCL/Win {count}本を差し引いています",
    OPTION_NO_TARGET: "オプション製品には移行先がありません(利用終了)",
    ONE_TIME_USED: "無償バージョンアップ・優待価格は初回移行時の1回限りです(移行済みのため通常価格)",
    PROCESSOR_NOT_ELIGIBLE:
      "プロセッサライセンスへの移行制度はありません(通常価格)。仮想化基盤ではこのほうが安価な場合があります",
    NO_CHANGE_AFTER_MIGRATION: "MG/SV/AGの選択は移行後に変更できません",
    NO_MG: "JobCenter MGが計画にありません(最低1台必要。SV/AGのみの申請は理由を確認される場合があります)",
    MONTHLY_NOT_ELIGIBLE: "月額ライセンスは対象外です。JobCenterを通常価格で月額契約してからJMSSの月額契約を終了してください",
    MAINTENANCE_NOT_TRANSFERRED:
      "保守契約は引き継がれません。JobCenterの保守契約(通常保守価格)を新規締結し、JMSSの保守契約を終了してください(サポートパック残期間の振替・返金なし)",
    JMSS_STOPS_AFTER_VERSION_UP: "バージョンアップ後はJMSSを使用できません(ジョブ定義移行のための並行運用は可)",
    JMSS_EOS: "JMSSの製品サポートは{eosMonth}で終了(JobCenterへの移行をお願いします)",
    UNKNOWN_PRODUCT: "JMSSの製品として識別できません(基本製品・クライアント・オプション製品のいずれか)",
    ROLE_REQUIRED: "用途(JMSSサーバ/稼働マシン/クライアント)または移行先を入力してください",
  } satisfies Record<JmssCode, string>,
  en: {
    MAINTENANCE_UNKNOWN: "Maintenance unknown: quoted at the preferential price (with maintenance it would be a free version-up)",
    POOL_EXCEEDED: "{count} licence(s) beyond the JMSS base licences held are new purchases at the normal price",
    POOL_BORROWED: "{count} JMSS licence(s) left unused on row(s) {rows} are used here (at that row's price class)",
    POOL_LENT: "{count} licence(s) are used for the migration on row(s) {rows} (nothing to buy on this row)",
    CLWIN_BUNDLED: "{count} CL/Win licence(s) bundled with JobCenter MG deducted",
    OPTION_NO_TARGET: "Option products have no migration target (end of use)",
    ONE_TIME_USED:
      "The free version-up and preferential price apply once, at the first migration (already migrated: normal price)",
    PROCESSOR_NOT_ELIGIBLE:
      "There is no migration to processor licences (normal price); on a virtualization platform it may still be cheaper",
    NO_CHANGE_AFTER_MIGRATION: "The MG / SV/AG choice cannot be changed after migration",
    NO_MG: "No JobCenter MG in the plan (at least one is required; NEC may ask why for SV/AG only)",
    MONTHLY_NOT_ELIGIBLE:
      "Monthly licences are not eligible: contract JobCenter monthly at the normal price, then end the JMSS monthly contract",
    MAINTENANCE_NOT_TRANSFERRED:
      "Maintenance does not carry over: sign new JobCenter maintenance (normal price) and end the JMSS contract (no transfer or refund of a support pack's remaining term)",
    JMSS_STOPS_AFTER_VERSION_UP:
      "After the version-up JMSS may no longer be used (parallel running while moving job definitions is allowed)",
    JMSS_EOS: "JMSS product support ends with {eosMonth}: migrate to JobCenter",
    UNKNOWN_PRODUCT: "Not recognisable as a JMSS product (base product, client or option)",
    ROLE_REQUIRED: "Enter the role (JMSS server / execution machine / client) or the target",
  } satisfies Record<JmssCode, string>,
};
