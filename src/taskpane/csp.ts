// Imported first by the pane's entry. The page's Content-Security-Policy (taskpane.html) allows no eval, and zod
// probes for it (new Function) to compile faster parsers: tell it not to, so no violation is reported and it never
// depends on eval. The functions' bundle shares the page but parses nothing at load.
import { config } from "zod";

config({ jitless: true });
