// The result: rows per price class, rows with warnings and with errors; pressing one selects those rows on the sheet.
import { Badge, Button, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import { priceClassLabel } from "../../i18n";
import type { SummaryEntry } from "../summary";
import { say } from "../words";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  entry: { width: "100%", justifyContent: "space-between", fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SummaryCardProps {
  readonly lang: Lang;
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

export function SummaryCard({ lang, rows, entries, note, onSelect }: SummaryCardProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader
        header={<Text weight="semibold">{say(lang, "summary")}</Text>}
        description={say(lang, "summaryRows", { rows })}
      />
      <ul className={styles.list} aria-label={say(lang, "summary")}>
        {entries.map((e) => (
          <li key={e.kind === "class" ? e.code : e.kind}>
            <Button
              appearance="subtle"
              size="small"
              className={styles.entry}
              disabled={e.rows.length === 0}
              onClick={() => onSelect(e)}
              aria-label={`${label(e, lang)}: ${say(lang, "rowsCount", { count: e.rows.length })}`}
            >
              <span>{label(e, lang)}</span>
              <Badge
                appearance={e.rows.length === 0 ? "outline" : "filled"}
                color={e.rows.length === 0 ? "informative" : COLOURS[e.kind]}
              >
                {e.rows.length.toLocaleString(lang === "ja" ? "ja-JP" : "en-US")}
              </Badge>
            </Button>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.hint}>
        {note ?? say(lang, "selectHint")}
      </Text>
    </Card>
  );
}
