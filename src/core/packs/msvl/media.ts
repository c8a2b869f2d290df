// M4: physical media ended on 2018-05-01 (seed 001 "2018 年 5 月 1 日より、物理メディア版ソフトウェアが廃止となりました":
// download from VLSC; MPSA customers use Microsoft Business Center).
import { info } from "../../findings";
import type { Context, Finding } from "../../model";
import { PHYSICAL_MEDIA_END } from "./facts";
import type { MsProduct } from "./parse-product";

/**
 * Said only where media is the question, so it is not noise on every row: a row that names media (DVD,
 * メディアキット), and a row allowed a downgrade (the earlier version is downloaded from VLSC; seed 001 lets
 * media already lawfully held be used for versions VLSC no longer offers).
 */
export function checkMedia(p: MsProduct, downgradeAllowed: boolean, ctx: Context): Finding[] {
  if (ctx.asOf < PHYSICAL_MEDIA_END) return [];
  return p.media || downgradeAllowed ? [info("NO_PHYSICAL_MEDIA", "M4")] : [];
}
