// Words for the Microsoft Volume Licensing pack's codes (seed 001).
import type { MsvlCode } from "../core/packs/msvl/codes";

export const MSVL_WORDS = {
  ja: {
    DOWNGRADE_ALLOWED: "ダウングレード権により同じエディションの旧バージョン「{desired}」を使用できます(追加購入は不要です)",
    DOWNGRADE_OTHER_EDITION:
      "「{desired}」は保有するエディションと異なるため、ダウングレード権の対象外です(ライセンス簡易ガイド・製品条項で確認してください)",
    DOWNGRADE_NOT_EARLIER:
      "「{desired}」は保有バージョンより新しいため、ダウングレードではありません(新バージョンのライセンスまたはソフトウェア アシュアランスが必要です)",
    DOWNGRADE_OTHER_PRODUCT: "「{desired}」は保有製品「{product}」とは別の製品のため、ダウングレード権の対象外です",
    DOWNGRADE_UNVERIFIED: "製品名にバージョンまたはエディションがないため、「{desired}」がダウングレード権の対象か確認できません",
    BASE_LICENSE_REQUIRED: "Windows Upgrade は対象となるベースライセンス(Pro など)と COA があるPCにのみインストールできます",
    BASE_LICENSE_UNCONFIRMED:
      "ベースライセンスのエディションが不明です。Pro など対象となるエディションの COA があることを確認してください",
    IMAGING_FORM_REQUIRED:
      "OEM/LSPによるイメージングには「カスタマー ライセンスの確認」フォームに日付を記入・署名してOEM/LSPへ送付する必要があります(マイクロソフトでは受け付けません)",
    NO_PHYSICAL_MEDIA:
      "物理メディアは{mediaEnd}に廃止されました。VLSC(MPSAはMicrosoft Business Center)からダウンロードしてください",
  } satisfies Record<MsvlCode, string>,
  en: {
    DOWNGRADE_ALLOWED: "Downgrade rights allow the earlier version “{desired}” of the same edition (nothing to buy)",
    DOWNGRADE_OTHER_EDITION:
      "“{desired}” is another edition than the one held: downgrade rights do not cover it (see the licensing brief and the Product Terms)",
    DOWNGRADE_NOT_EARLIER:
      "“{desired}” is later than the version held, so it is not a downgrade (it needs a new-version licence or Software Assurance)",
    DOWNGRADE_OTHER_PRODUCT: "“{desired}” is another product than “{product}”: downgrade rights do not cover it",
    DOWNGRADE_UNVERIFIED:
      "The product name has no version or edition, so whether downgrade rights cover “{desired}” cannot be checked",
    BASE_LICENSE_REQUIRED:
      "A Windows Upgrade may be installed only on a PC with a qualifying base licence (e.g. Pro) and its COA",
    BASE_LICENSE_UNCONFIRMED:
      "The base licence's edition is not stated: make sure the PC has the COA of a qualifying edition such as Pro",
    IMAGING_FORM_REQUIRED:
      "Imaging by an OEM/LSP needs the customer licence confirmation form, dated and signed, sent to the OEM/LSP (Microsoft does not accept it)",
    NO_PHYSICAL_MEDIA: "Physical media ended on {mediaEnd}: download from VLSC (MPSA: Microsoft Business Center)",
  } satisfies Record<MsvlCode, string>,
};
