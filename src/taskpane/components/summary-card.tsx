// The result: rows per price class, rows with warnings and with errors; pressing one selects those rows on the sheet.
// The card names the sheet it describes, and says so when another sheet is the active one.
import { Badge, Button, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import { priceClassLabel } from "../../i18n";
import type { SummaryEntry } from "../summary";
import { say } from "../words";
import { SectionTitle } from "./section-title";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  entry: { width: "100%", justifyContent: "space-between", fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers, not shown: the count's unit ("3 rows") where the badge shows only "3".
  unseen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SummaryCardProps {
  readonly lang: Lang;
  /** The sheet the result describes, and whether the sheet now active is another one. */
  readonly sheetName: string;
  readonly otherSheet: boolean;
  readonly rows: number;
  readonly entries: readonly SummaryEntry[];
  /** Said after a selection that could not take every row. */
  readonly note: string | undefined;
  readonly onSelect: (entry: SummaryEntry) => void;
}

const COLOURS = { class: "brand", warning: "warning", error: "danger" } as const;

function label(e: SummaryEntry, lang: Lang): string {
  if (e.kind === "class") return priceClassLabel(e.code, lang);
  return say(lang, e.kind === "warning" ? "warningRows" : "errorRows");
}

export function SummaryCard(p: SummaryCardProps): React.JSX.Element {
  const { lang, entries } = p;
  const styles = useStyles();
  const count = (n: number): string => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
  return (
    <Card>
      <CardHeader
        header={<SectionTitle>{say(lang, "summary")}</SectionTitle>}
        description={say(lang, "summaryRows", { rows: p.rows, sheet: p.sheetName })}
      />
      {p.otherSheet && <Text size={200}>{say(lang, "otherSheetResult", { sheet: p.sheetName })}</Text>}
      <ul className={styles.list} aria-label={say(lang, "summary")}>
        {entries.map((e) => (
          <li key={e.kind === "class" ? e.code : e.kind}>
            {/* The name is the visible words plus the unit: "Rows with warnings 3 rows" (no aria-label that could differ). */}
            <Button
              appearance="subtle"
              size="small"
              className={styles.entry}
              disabled={e.rows.length === 0}
              onClick={() => p.onSelect(e)}
            >
              <span>{label(e, lang)}</span>
              <Badge
                appearance={e.rows.length === 0 ? "outline" : "filled"}
                color={e.rows.length === 0 ? "informative" : COLOURS[e.kind]}
              >
                {count(e.rows.length)}
                <span className={styles.unseen}> {say(lang, "rowsUnit", { count: e.rows.length })}</span>
              </Badge>
            </Button>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.hint}>
        {p.note ?? say(lang, "selectHint")}
      </Text>
    </Card>
  );
}
