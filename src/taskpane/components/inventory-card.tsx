// What the pane found on the active sheet (SPEC §2): where, which header row, which columns — all correctable.
import { Button, Card, CardHeader, Field, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import type { HoldingKey } from "../../core/inventory/headers";
import type { Lang } from "../../core/model";
import type { Located } from "../../excel/workbook-host";
import type { Choices } from "../job/layout";
import { headerIndexOf, mappableColumns, mappingOf } from "../job/layout";
import type { InventoryState } from "../use-inventory";
import type { ProblemCode } from "../job/problems";
import { problemNotice } from "../notices";
import { say } from "../words";
import { SectionTitle } from "./section-title";
import { ColumnMapping } from "./column-mapping";
import { NoticeBar } from "./notice-bar";

const useStyles = makeStyles({
  body: { display: "grid", gap: tokens.spacingVerticalM },
  where: { color: tokens.colorNeutralForeground2 },
  // 「データ 8 行」 is one phrase: a narrow pane wraps before it, never inside it
  phrase: { whiteSpace: "nowrap" },
  fit: { minWidth: 0, maxWidth: "100%" },
});

export interface InventoryCardProps {
  readonly lang: Lang;
  readonly state: InventoryState;
  readonly choices: Choices;
  readonly disabled: boolean;
  readonly onDetect: () => void;
  readonly onHeaderRow: (row: number) => void;
  readonly onColumn: (key: HoldingKey, index: number | null) => void;
}

const preview = (cells: readonly unknown[]): string =>
  cells
    .map((c) => String(c ?? "").trim())
    .filter(Boolean)
    .slice(0, 4)
    .join(" | ");

function Found(p: InventoryCardProps & { readonly located: Located }): React.JSX.Element {
  const { located: l, lang } = p;
  const styles = useStyles();
  const headerIndex = headerIndexOf(l, p.choices);
  const where =
    l.source.kind === "table"
      ? say(lang, "sheetTable", { sheet: l.sheetName, table: l.source.name, address: l.address })
      : say(lang, "sheetRange", { sheet: l.sheetName, address: l.address });
  const rows = headerIndex === undefined ? undefined : l.area.rows - headerIndex - 1;
  // Said as soon as the inventory is found, not only once 書き込む fails on it.
  const blockers = [l.protected && "PROTECTED", l.filtered && "FILTERED"].filter((c): c is ProblemCode => c !== false);
  return (
    <div className={styles.body}>
      <Text size={200} className={styles.where}>
        {where}
        {rows !== undefined && (
          <>
            {" · "}
            <span className={styles.phrase}>{say(lang, "dataRows", { rows })}</span>
          </>
        )}
      </Text>
      {blockers.map((code) => (
        <NoticeBar key={code} notice={{ ...problemNotice({ code }, lang), intent: "warning" }} />
      ))}
      <Field label={say(lang, "headerRow")} size="small" validationState={headerIndex === undefined ? "warning" : "none"}>
        <Select
          size="small"
          root={{ className: styles.fit }}
          className={styles.fit}
          disabled={p.disabled}
          value={headerIndex === undefined ? "" : String(headerIndex)}
          onChange={(_, d) => p.onHeaderRow(l.area.top + Number(d.value) + 1)}
        >
          {headerIndex === undefined && <option value="">—</option>}
          {l.head.map((cells, i) => (
            <option key={i} value={String(i)}>
              {say(lang, "headerRowOption", { row: String(l.area.top + i + 1), cells: preview(cells) })}
            </option>
          ))}
        </Select>
      </Field>
      {headerIndex !== undefined && (
        <ColumnMapping
          lang={lang}
          header={l.head[headerIndex] ?? []}
          areaLeft={l.area.left}
          columns={mappableColumns(l, headerIndex)}
          mapping={mappingOf(l, headerIndex, p.choices)}
          disabled={p.disabled}
          onColumn={p.onColumn}
        />
      )}
    </div>
  );
}

export function InventoryCard(p: InventoryCardProps): React.JSX.Element {
  const { state, lang } = p;
  return (
    <Card>
      <CardHeader
        header={<SectionTitle>{say(lang, "inventory")}</SectionTitle>}
        action={
          <Button size="small" disabled={p.disabled} onClick={p.onDetect}>
            {say(lang, "redetect")}
          </Button>
        }
      />
      {state.kind === "detecting" && <Spinner size="tiny" />}
      {state.kind === "empty" && <NoticeBar notice={{ ...problemNotice({ code: "EMPTY_SHEET" }, lang), intent: "info" }} />}
      {state.kind === "skipped" && (
        <Text size={200}>{say(lang, state.role === "quote" ? "quoteSheet" : "priceBookSheet", { sheet: state.sheetName })}</Text>
      )}
      {state.kind === "failed" && <NoticeBar notice={state.notice} />}
      {state.kind === "found" && <Found {...p} located={state.located} />}
    </Card>
  );
}
