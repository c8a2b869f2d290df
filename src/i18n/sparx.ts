// Words for the Sparx Enterprise Architect pack's codes (seeds 003, 004) and the conditions they name.
import type { Lang } from "../core/model";
import type { SparxCode, SparxCondition } from "../core/packs/sparx/codes";
import { own } from "../core/own";

export const SPARX_WORDS = {
  ja: {
    SUPPORT_END_REQUIRED: "サポート期限を入力してください",
    LATE_REGISTRATION: "登録期限({deadline}、発行日から30日)を過ぎたため、発行日の月を基準にサポート期間を計算しています",
    REINSTATEMENT_3Y: "サポート終了後3年以上経過しているため「サポート再開(3年経過後)」製品が必要です({from}以降のお手続き)",
    REINSTATEMENT_BY_PROCEDURE_DATE:
      "注文日の時点では3年未満ですが、3年経過の判定はお手続き日で行います。{from}以降のお手続きは「サポート再開(3年経過後)」製品になります",
    UPGRADE_NEEDS_SUPPORT:
      "アップグレードには登録時点で有効なサポートが必要です(サポート期限 {supportEnd}、お手続き日 {procedureDate})",
    UPGRADE_CODE_EXPIRED: "アップグレードコードの登録期限({deadline}、発行日から90日)を過ぎています。期限後は登録できません",
    DIRECT_ONLY: "個人・個人事業主のお客様はダイレクト購入でのサポート更新になります(パッケージ購入はできません)",
    PACKAGE_ALL_OR_NOTHING:
      "お客様番号 {customerNo} のパッケージ製品は購入した本数分すべてに同時に適用する必要があります(行ごとに手続きや年数を変えられません)",
    MERGE_CUSTOMER_NUMBERS:
      "部署「{department}」に複数のお客様番号({customerNos})があります。1つのお客様番号に統合する必要があります",
    MIXED_SUPPORT_ON_MERGE:
      "統合するとサポートの有効・無効が混在します(全ライセンスのサポートを有効にする/使用するライセンスのみ有効にし他は使用禁止/部署名を最新に更新する、のいずれかを販売窓口へ連絡)",
    MERGE_EXPIRED_UNUSABLE:
      "サポート終了後3年以上のライセンスは確認なく統合され、サポートを再開するまで使用できなくなる場合があります",
    UNIFIED_STANDARD_MUST_UPGRADE:
      "統合お客様番号ではフローティングライセンスのみ使用できます。スタンダードライセンスはフローティングにアップグレードするか使用を停止してください",
    UNIFIED_SUPPORT_REQUIRED: "統合お客様番号ではサポートが有効である必要があります。サポートを再開するか使用を停止してください",
    ACADEMIC_NO_FLOATING: "アカデミックライセンスにはフローティングライセンスがないため統合お客様番号では使用できません",
    UNIFIED_RENEWAL_NOT_ELIGIBLE: "統合サポート更新の条件を満たしません: {condition}",
    PERIOD_FIXED_AT_PROCEDURE: "新しいサポート期間はお手続き日に確定します(見積時点では確定できません)",
    UNIFIED_MERGE_CUSTOMER_NUMBERS: "統合お客様番号では全てのライセンスを1つのお客様番号に統合します(現在 {customerNos})",
    PARTIAL_RENEWAL_UNUSABLE: "サポートを更新しない{count}ライセンスは使用禁止になります(サポートを再開すれば再び使用できます)",
    RENEW_QUANTITY_OVER: "更新ライセンス数 {value} が保有数 {held} を超えています",
    LENDING_CONDITIONS_UNMET:
      "他組織の方への貸与の条件を満たすことが確認できません(満たさない場合は使用許諾契約違反): {condition}",
    TRAINING_CONDITIONS_UNMET: "研修で登録部署以外の方が使用する条件を満たすことが確認できません: {condition}",
    NO_TRANSFER_WITH_DELIVERABLE:
      "ライセンスの譲渡・移管はできないため成果物と一緒に納品できません(納品先が購入する/成果物のみ納品する/双方が必要数を購入する)",
    PERSONAL_LICENSE_PURCHASER_ONLY: "個人名義のライセンスは購入した本人のみ使用できます(貸与・譲渡はできません)",
    VIEWING_NO_LICENSE: "参照のみならライセンスは不要です(Viewer、DOCX/PDF/HTML出力、WebEA、Prolaborate)",
  } satisfies Record<SparxCode, string>,
  en: {
    SUPPORT_END_REQUIRED: "Enter the support end date",
    LATE_REGISTRATION: "Registered after the deadline ({deadline}, issue date + 30 days): the period counts from the issue month",
    REINSTATEMENT_3Y:
      "Support ended 3 or more years ago: a “support reinstatement (after 3 years)” product is needed (procedure on or after {from})",
    REINSTATEMENT_BY_PROCEDURE_DATE:
      "Under 3 years on the order date, but the procedure date decides: a procedure on or after {from} needs a “support reinstatement (after 3 years)” product",
    UPGRADE_NEEDS_SUPPORT:
      "An upgrade needs valid support when the code is registered (support end {supportEnd}, procedure {procedureDate})",
    UPGRADE_CODE_EXPIRED:
      "The upgrade code's registration deadline ({deadline}, issue date + 90 days) has passed: it can no longer be registered",
    DIRECT_ONLY: "Individuals and sole proprietors renew by direct purchase only (not by package)",
    PACKAGE_ALL_OR_NOTHING:
      "A package for customer number {customerNo} applies to all the licences bought at once (rows cannot differ in action or years)",
    MERGE_CUSTOMER_NUMBERS:
      "Department “{department}” holds several customer numbers ({customerNos}): they must be merged into one",
    MIXED_SUPPORT_ON_MERGE:
      "Merging mixes valid and expired support (renew all / renew only those used — the rest may not be used / correct the department): tell the sales desk",
    MERGE_EXPIRED_UNUSABLE:
      "Licences 3+ years past support end may be merged without asking and become unusable until support resumes",
    UNIFIED_STANDARD_MUST_UPGRADE:
      "A unified customer number allows floating licences only: upgrade the standard licence to floating or stop using it",
    UNIFIED_SUPPORT_REQUIRED: "A unified customer number needs valid support: resume support or stop using the licence",
    ACADEMIC_NO_FLOATING: "Academic licences have no floating edition, so they cannot be used under a unified customer number",
    UNIFIED_RENEWAL_NOT_ELIGIBLE: "Not eligible for unified support renewal: {condition}",
    PERIOD_FIXED_AT_PROCEDURE: "The new support period is fixed on the procedure date (it cannot be fixed at quote time)",
    UNIFIED_MERGE_CUSTOMER_NUMBERS: "A unified customer number holds every licence under one number (now {customerNos})",
    PARTIAL_RENEWAL_UNUSABLE: "The {count} licence(s) whose support is not renewed may no longer be used (until support resumes)",
    RENEW_QUANTITY_OVER: "Licences to renew ({value}) exceed the licences held ({held})",
    LENDING_CONDITIONS_UNMET:
      "Lending to another organisation's staff is not shown to be allowed (otherwise a licence breach): {condition}",
    TRAINING_CONDITIONS_UNMET: "Training use by people outside the registered department is not shown to be allowed: {condition}",
    NO_TRANSFER_WITH_DELIVERABLE:
      "A licence cannot be transferred, so it cannot be delivered with the deliverable (the recipient buys / deliver the work only / both buy what they need)",
    PERSONAL_LICENSE_PURCHASER_ONLY: "A personal licence may be used by its purchaser only (no lending or transfer)",
    VIEWING_NO_LICENSE: "Viewing only needs no licence (Viewer, DOCX/PDF/HTML output, WebEA, Prolaborate)",
  } satisfies Record<SparxCode, string>,
};

export const SPARX_CONDITION_WORDS = {
  ja: {
    SUPPORT_GAP: "サポートが継続されない期間がある",
    NOT_ALL_RENEWED: "サポートが有効なライセンスの一部を更新しない",
    FEWER_THAN_10: "更新するライセンスが10未満",
    PROJECT_ONLY: "購入した組織が主導するプロジェクトのみに従事することが確認できない",
    UNDER_DIRECTION: "購入した組織の指揮の元で業務を行うことが確認できない",
    OWNER_OR_PROJECT_MACHINE: "購入した組織が保有するマシン、またはそのプロジェクト専用のマシンであることが確認できない",
    FLOATING: "フローティングライセンスではない",
    TRAINING_BY_OWNER: "登録部署が研修を実施する部署であることが確認できない",
    OWNER_MACHINE: "受講者ではなく登録部署が所有するマシンであることが確認できない",
    TRAINING_ONLY: "研修目的以外で使用しないことが確認できない",
  } satisfies Record<SparxCondition, string>,
  en: {
    SUPPORT_GAP: "support has a gap",
    NOT_ALL_RENEWED: "not every licence with valid support is renewed",
    FEWER_THAN_10: "fewer than 10 licences renewed",
    PROJECT_ONLY: "not shown to work only on a project the owner leads",
    UNDER_DIRECTION: "not shown to work under the owner's direction",
    OWNER_OR_PROJECT_MACHINE: "not shown to use the owner's machine or one used only for that project",
    FLOATING: "not a floating licence",
    TRAINING_BY_OWNER: "the registered department is not shown to run the training",
    OWNER_MACHINE: "not shown to be installed on the registered department's machine (not the trainee's)",
    TRAINING_ONLY: "not shown to be used for training only",
  } satisfies Record<SparxCondition, string>,
};

/** The words for a `condition` param; an unknown key is shown as it is. */
export function conditionWord(key: string, lang: Lang): string {
  return own<string>(SPARX_CONDITION_WORDS[lang], key) ?? key;
}
