// Loaded with `node --import` by the corpus test: on exit, the process's peak resident memory (bytes) goes to the file
// named by LICENSE_RULES_RSS_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.LICENSE_RULES_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
