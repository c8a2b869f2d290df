// The one date type rules see. Branded, so a raw Excel value (a serial, a Date) cannot reach a rule unread.
import { z } from "zod";

/** A calendar date `YYYY-MM-DD`, only ever made by the reader or the date helpers. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .brand<"IsoDate">();
export type IsoDate = z.infer<typeof IsoDate>;
