// Imported first by the pane's entry and by the functions' (the two bundles share one page, each with its own zod).
// The page's Content-Security-Policy (taskpane.html) allows no eval, and zod probes for it (new Function) when it
// builds an object schema, to compile faster parsers: tell it not to, so no violation is reported and nothing
// depends on eval.
import { config } from "zod";

config({ jitless: true });
