// Command-line arguments → options. Unusable arguments are a value (exit 2), never a stack trace.
import { parseArgs } from "node:util";
import { isoFromParts, localDay } from "../core/dates";
import type { IsoDate, Lang } from "../core/model";

export interface CliOptions {
  readonly command: "annotate" | "quote";
  readonly file: string | undefined;
  readonly sheet: string | undefined;
  readonly out: string | undefined;
  readonly json: boolean;
  readonly asOf: IsoDate;
  readonly lang: Lang;
  readonly unified: boolean;
}

export type Parsed = { ok: true; options: CliOptions } | { ok: false; lang: Lang; detail: string } | { ok: "help"; lang: Lang };

/** Today in the machine's local time zone: the adapter reads the clock, the core never does. */
export const today = (now = new Date()): IsoDate => localDay(now);

export function parseCli(argv: readonly string[], now = new Date()): Parsed {
  let values;
  let positionals;
  const langGuess: Lang = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "ja";
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        out: { type: "string" },
        json: { type: "boolean", default: false },
        "as-of": { type: "string" },
        lang: { type: "string", default: "ja" },
        unified: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    return { ok: false, lang: langGuess, detail: (e as Error).message };
  }
  if (values.lang !== "ja" && values.lang !== "en") return { ok: false, lang: "ja", detail: `--lang ${values.lang}` };
  const lang: Lang = values.lang;
  if (values.help) return { ok: "help", lang };
  const [command, file, ...rest] = positionals;
  if (command !== "annotate" && command !== "quote") return { ok: false, lang, detail: command ?? "(no command)" };
  if (rest.length > 0) return { ok: false, lang, detail: rest.join(" ") };
  let asOf = today(now);
  if (values["as-of"] !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values["as-of"]);
    const d = m && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!d) return { ok: false, lang, detail: `--as-of ${values["as-of"]}` };
    asOf = d;
  }
  return {
    ok: true,
    options: { command, file, sheet: values.sheet, out: values.out, json: values.json, asOf, lang, unified: values.unified },
  };
}
