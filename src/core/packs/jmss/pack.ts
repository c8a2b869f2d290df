// PLACEHOLDER until the JMSS pack lands (being written now). Claims nothing.
import type { Pack } from "../../model";

export const jmssPack: Pack = { id: "jmss", claims: () => false, decide: () => [] };
