// The task pane (issue 5): find the inventory, correct it, set the options, write our columns, see the result.
// It gets the workbook as a WorkbookHost prop, so it renders and runs without Office (tests, the e2e page).
import { Button, FluentProvider, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { isoFromParts } from "../core/dates";
import type { Context, IsoDate, Lang } from "../core/model";
import type { WorkbookHost } from "../excel/workbook-host";
import { InventoryCard } from "./components/inventory-card";
import { NoticeBar } from "./components/notice-bar";
import type { RunOptions } from "./components/options-card";
import { OptionsCard } from "./components/options-card";
import { OverwriteDialog } from "./components/overwrite-dialog";
import { RunProgress } from "./components/run-progress";
import { SummaryCard } from "./components/summary-card";
import type { ChunkLimits } from "./job/chunks";
import { EXCEL_WEB_LIMITS } from "./job/chunks";
import { buildQuote } from "./build-quote";
import { blockColumns, problemNotice } from "./notices";
import { useInventory } from "./use-inventory";
import { useRun } from "./use-run";
import { useSideActions } from "./use-side-actions";
import { say } from "./words";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "480px" },
  lead: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  template: { display: "grid", gap: tokens.spacingVerticalXS, justifyItems: "start" },
});

export interface AppProps {
  readonly host: WorkbookHost;
  /** Office's display language (langFromLocale): the pane's words. */
  readonly uiLang: Lang;
  /** Today, read by the adapter: the default as-of date. */
  readonly today: IsoDate;
  readonly limits?: ChunkLimits;
}

function contextOf(o: RunOptions): Context | undefined {
  const [y, m, d] = o.asOf.split("-").map(Number);
  const asOf = isoFromParts(y ?? NaN, m ?? NaN, d ?? NaN);
  return asOf && { asOf, unified: o.unified };
}

export function App(p: AppProps): React.JSX.Element {
  const styles = useStyles();
  const lang = p.uiLang;
  const inv = useInventory(p.host, lang);
  const limits = p.limits ?? EXCEL_WEB_LIMITS;
  const run = useRun(p.host, limits, lang);
  const [options, setOptions] = useState<RunOptions>({ asOf: p.today, lang, unified: false });
  const [starting, setStarting] = useState(false); // between the press and the run's first progress
  const busy = starting || run.view.kind !== "idle";
  const ctx = contextOf(options);
  const shownSheet = inv.state.kind === "found" ? inv.state.located.sheetId : undefined;

  const side = useSideActions(p.host, lang, run, inv.detect, (f) => buildQuote(p.host, f, p.today, limits));

  async function annotate(): Promise<void> {
    if (!ctx || busy) return;
    setStarting(true);
    side.clearSelectionNote();
    try {
      const located = await inv.detect(); // the sheet may have changed since it was shown
      if (!located) return run.setNotice(problemNotice({ code: "EMPTY_SHEET" }, lang));
      await run.start(located, located.sheetId === shownSheet ? inv.choices : {}, ctx, options.lang);
    } finally {
      setStarting(false);
    }
  }

  const view = run.view;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header>
          <Text as="h1" size={500} weight="semibold" block>
            {say(lang, "appTitle")}
          </Text>
          <Text size={200} className={styles.lead} block>
            {say(lang, "appLead")}
          </Text>
        </header>
        <InventoryCard
          lang={lang}
          state={inv.state}
          choices={inv.choices}
          disabled={busy}
          onDetect={() => void inv.detect()}
          onHeaderRow={inv.setHeaderRow}
          onColumn={inv.setColumn}
        />
        <OptionsCard lang={lang} options={options} disabled={busy} onChange={setOptions} />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || !ctx || inv.state.kind === "detecting"} onClick={() => void annotate()}>
            {say(lang, "annotate")}
          </Button>
          {run.finished && (
            <Button disabled={busy} onClick={() => run.finished && void side.buildQuote(run.finished)}>
              {say(lang, "buildQuote")}
            </Button>
          )}
        </div>
        {view.kind === "running" && (
          <RunProgress lang={lang} progress={view.progress} cancelling={view.cancelling} onCancel={run.cancel} />
        )}
        {run.notice && <NoticeBar notice={run.notice} />}
        {run.finished && (
          <SummaryCard
            lang={lang}
            rows={run.finished.evaluated.annotated.results.length}
            entries={run.finished.entries}
            note={side.selectionNote}
            onSelect={(e) => void side.select(e)}
          />
        )}
        <div className={styles.template}>
          <Button size="small" disabled={busy} onClick={() => void side.insertTemplate(options.lang)}>
            {say(lang, "template")}
          </Button>
          <Text size={200} className={styles.lead}>
            {say(lang, "templateHint")}
          </Text>
        </div>
        {view.kind === "confirm" && (
          <OverwriteDialog
            lang={lang}
            open
            count={view.evaluated.conflicts?.count ?? 0}
            rows={view.evaluated.conflicts?.rows ?? []}
            target={blockColumns(view.evaluated.layout.output.left)}
            clear={blockColumns(Math.max(view.located.usedRight, view.evaluated.layout.output.left))}
            onAnswer={(choice) => void run.answer(choice)}
          />
        )}
      </main>
    </FluentProvider>
  );
}
