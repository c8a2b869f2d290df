// Microsoft's dates for Volume Licensing fulfilment (seed 001): the one place to change one. The rules and the
// messages both take them from here.
import type { IsoDate } from "../../model";

/** seed 001: 2018 年 5 月 1 日より、物理メディア版ソフトウェアが廃止となりました. */
export const PHYSICAL_MEDIA_END = "2018-05-01" as IsoDate;
