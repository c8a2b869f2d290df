// Words for the Microsoft Volume Licensing pack's codes (seed 001).
import type { MsvlCode } from "../core/packs/msvl/codes";

export const MSVL_WORDS = {
  ja: {
    DOWNGRADE_ALLOWED: "ダウングレード権により同じエディションの旧バージョンを使用できます",
    DOWNGRADE_OTHER_EDITION: "別のエディションへのダウングレードはダウングレード権の対象外です",
    BASE_LICENSE_REQUIRED: "Windows Upgrade には対象となるベースライセンス(Pro など)とCOAが必要です",
    IMAGING_FORM_REQUIRED: "OEM/LSPによるイメージングには日付・署名入りの「カスタマー ライセンスの確認」フォームをOEM/LSPへ送付する必要があります(マイクロソフトでは受け付けません)",
    NO_PHYSICAL_MEDIA: "物理メディアは2018年5月1日に廃止されました。VLSC(MPSAはMicrosoft Business Center)からダウンロードしてください",
  } satisfies Record<MsvlCode, string>,
  en: {
    DOWNGRADE_ALLOWED: "Downgrade rights allow an earlier version of the same edition",
    DOWNGRADE_OTHER_EDITION: "Downgrade rights do not cover another edition",
    BASE_LICENSE_REQUIRED: "A Windows Upgrade needs a qualifying base licence (e.g. Pro) and its COA",
    IMAGING_FORM_REQUIRED: "Imaging by an OEM/LSP needs the customer licence confirmation form, dated and signed, sent to the OEM/LSP (not Microsoft)",
    NO_PHYSICAL_MEDIA: "Physical media ended on 2018-05-01: download from VLSC (MPSA: Microsoft Business Center)",
  } satisfies Record<MsvlCode, string>,
};
