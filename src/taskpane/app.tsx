// The task pane (issue 5): find the inventory, correct it, set the options, write our columns, see the result.
// It gets the workbook as a WorkbookHost prop, so it renders and runs without Office (tests, the e2e page).
import { Button, FluentProvider, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { isoFromParts } from "../core/dates";
import type { Context, IsoDate, Lang } from "../core/model";
import type { WorkbookHost } from "../excel/workbook-host";
import { InventoryCard } from "./components/inventory-card";
import { Outcome } from "./components/notice-bar";
import type { RunOptions } from "./components/options-card";
import { OptionsCard } from "./components/options-card";
import { OverwriteDialog } from "./components/overwrite-dialog";
import { RunProgress } from "./components/run-progress";
import { SummaryCard } from "./components/summary-card";
import type { ChunkLimits } from "./job/chunks";
import { EXCEL_WEB_LIMITS } from "./job/chunks";
import { buildQuote } from "./build-quote";
import { blockColumns } from "./notices";
import { useInventory } from "./use-inventory";
import { useRun } from "./use-run";
import { useSideActions } from "./use-side-actions";
import type { WordKey } from "./words";
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
  const shown = inv.state.kind === "found" ? inv.state.located : undefined;
  const primary = useRef<HTMLElement | null>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const reasonId = useId();

  const side = useSideActions(p.host, lang, run, inv.detect, (f) => buildQuote(p.host, f, p.today, limits));

  // When a run ends, focus goes back to the button that started it (it stayed focusable while disabled) …
  useEffect(() => {
    if (run.ended > 0) primary.current?.focus({ preventScroll: true });
  }, [run.ended]);
  // … and a new outcome scrolls into view: in a 320-pixel pane it is below the fold.
  useEffect(() => {
    if (run.notice) outcome.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [run.notice]);

  async function annotate(): Promise<void> {
    if (!ctx || busy) return;
    setStarting(true);
    side.clearSelectionNote();
    try {
      // The sheet may have changed since it was shown; an empty sheet, a quote or the price book is said by the
      // inventory card (and refused by the run) rather than twice.
      const located = await inv.detect();
      if (!located) return run.setNotice(undefined);
      await run.start(located, located.sheetId === shown?.sheetId ? inv.choices : {}, ctx, options.lang);
    } finally {
      setStarting(false);
    }
  }

  // Why the primary button is off, said next to it (a cleared as-of date, no inventory on the active sheet).
  const blocked: WordKey | undefined =
    inv.state.kind === "detecting" ? undefined : !ctx ? "needAsOf" : inv.state.kind !== "found" ? "needInventory" : undefined;
  const canWrite = !busy && inv.state.kind === "found" && ctx !== undefined;
  const finished = run.finished;
  const reason = blocked ?? (finished && !finished.complete ? "quoteNeedsFullRun" : undefined);
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
          <Button
            ref={(e: HTMLElement | null) => void (primary.current = e)}
            appearance="primary"
            disabledFocusable={!canWrite}
            {...(blocked ? { "aria-describedby": reasonId } : {})}
            onClick={() => void annotate()}
          >
            {say(lang, "annotate")}
          </Button>
          {finished && (
            <Button
              disabledFocusable={busy || !finished.complete}
              {...(finished.complete ? {} : { "aria-describedby": reasonId })}
              onClick={() => finished.complete && void side.buildQuote(finished)}
            >
              {say(lang, "buildQuote")}
            </Button>
          )}
        </div>
        {reason && !busy && (
          <Text id={reasonId} size={200} className={styles.lead}>
            {say(lang, reason)}
          </Text>
        )}
        {view.kind === "running" && (
          <RunProgress lang={lang} progress={view.progress} cancelling={view.cancelling} onCancel={run.cancel} />
        )}
        <Outcome ref={outcome} notice={run.notice} />
        {finished && (
          <SummaryCard
            lang={lang}
            sheetName={finished.sheetName}
            otherSheet={inv.state.kind !== "detecting" && shown?.sheetId !== finished.evaluated.layout.sheetId}
            rows={finished.evaluated.annotated.results.length}
            entries={finished.entries}
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
