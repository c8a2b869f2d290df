// A drop-down per SPEC §2 key: the recognised columns (product always) in one fold, the other keys in another.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { HoldingKey } from "../../core/inventory/headers";
import { COLUMNS } from "../../core/inventory/headers";
import type { ColumnMap } from "../../core/inventory/read";
import type { Lang } from "../../core/model";
import { columnLetters } from "../../excel/a1";
import type { Cell } from "../../excel/workbook-host";
import { say } from "../words";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalS },
  // A native <select> is as wide as its longest option; let it shrink to the pane instead.
  fit: { minWidth: 0, maxWidth: "100%" },
  other: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})` },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnMappingProps {
  readonly lang: Lang;
  readonly header: readonly Cell[];
  readonly areaLeft: number;
  /** Column indexes (from areaLeft) a key may be mapped to. */
  readonly columns: readonly number[];
  readonly mapping: ColumnMap;
  readonly disabled: boolean;
  readonly onColumn: (key: HoldingKey, index: number | null) => void;
}

function ColumnSelect(p: ColumnMappingProps & { readonly column: (typeof COLUMNS)[number] }): React.JSX.Element {
  const { column: c, lang } = p;
  const styles = useStyles();
  const value = p.mapping[c.key];
  const label = c.key === "product" ? say(lang, "requiredLabel", { label: c.label[lang] }) : c.label[lang];
  return (
    <Field label={label} size="small" orientation="horizontal">
      <Select
        size="small"
        root={{ className: styles.fit }}
        className={styles.fit}
        disabled={p.disabled}
        value={value === undefined ? "" : String(value)}
        onChange={(_, d) => p.onColumn(c.key, d.value === "" ? null : Number(d.value))}
        aria-label={c.label[lang]}
      >
        <option value="">{say(lang, "notUsed")}</option>
        {p.columns.map((i) => (
          <option key={i} value={String(i)}>
            {`${columnLetters(p.areaLeft + i)}: ${String(p.header[i] ?? "")}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Folded away while the columns were recognised; open when the product column is missing. */
export function ColumnMapping(p: ColumnMappingProps): React.JSX.Element {
  const styles = useStyles();
  const shown = COLUMNS.filter((c) => c.key === "product" || p.mapping[c.key] !== undefined);
  const others = COLUMNS.filter((c) => !shown.includes(c));
  const recognised = shown.filter((c) => p.mapping[c.key] !== undefined).length;
  return (
    <Accordion
      collapsible
      multiple
      className={styles.other}
      defaultOpenItems={p.mapping.product === undefined ? ["columns"] : []}
    >
      <AccordionItem value="columns">
        <AccordionHeader size="small">{say(p.lang, "columnsSummary", { count: recognised })}</AccordionHeader>
        <AccordionPanel className={styles.list}>
          <Text size={200} className={styles.hint}>
            {say(p.lang, "columnsHint")}
          </Text>
          {shown.map((c) => (
            <ColumnSelect key={c.key} {...p} column={c} />
          ))}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="other">
        <AccordionHeader size="small">{say(p.lang, "otherColumns", { count: others.length })}</AccordionHeader>
        <AccordionPanel className={styles.list}>
          {others.map((c) => (
            <ColumnSelect key={c.key} {...p} column={c} />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
