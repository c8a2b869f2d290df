// The rule packs, in claim order. Adding a vendor = adding a pack here; nothing else switches on vendors.
import type { AnyPack } from "../model";
import { jmssPack } from "./jmss/pack";
import { msvlPack } from "./msvl/pack";
import { sparxPack } from "./sparx/pack";

export const PACKS: readonly AnyPack[] = [jmssPack, sparxPack, msvlPack];
