// Options of a run: the as-of date (today by default; the core never reads the clock), output language, unified number.
import { Card, CardHeader, Field, Input, makeStyles, Radio, RadioGroup, Switch, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import { say } from "../words";
import { SectionTitle } from "./section-title";

const useStyles = makeStyles({
  body: { display: "grid", gap: tokens.spacingVerticalS },
});

export interface RunOptions {
  /** yyyy-mm-dd as the date input holds it; may be "" while the person types. */
  readonly asOf: string;
  readonly lang: Lang;
  readonly unified: boolean;
}

export interface OptionsCardProps {
  readonly lang: Lang;
  readonly options: RunOptions;
  readonly disabled: boolean;
  readonly onChange: (o: RunOptions) => void;
}

export function OptionsCard({ lang, options, disabled, onChange }: OptionsCardProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<SectionTitle>{say(lang, "options")}</SectionTitle>} />
      <div className={styles.body}>
        <Field
          label={say(lang, "asOf")}
          hint={say(lang, "asOfHint")}
          size="small"
          validationState={options.asOf ? "none" : "error"}
          validationMessage={options.asOf ? null : say(lang, "asOfMissing")}
        >
          <Input
            type="date"
            size="small"
            disabled={disabled}
            value={options.asOf}
            onChange={(_, d) => onChange({ ...options, asOf: d.value })}
          />
        </Field>
        <Field label={say(lang, "outputLang")} size="small">
          <RadioGroup
            layout="horizontal"
            disabled={disabled}
            value={options.lang}
            onChange={(_, d) => onChange({ ...options, lang: d.value === "en" ? "en" : "ja" })}
          >
            {/* Each language's name in that language, marked so a screen reader says it so. */}
            <Radio value="ja" label={{ children: "日本語", lang: "ja" }} />
            <Radio value="en" label={{ children: "English", lang: "en" }} />
          </RadioGroup>
        </Field>
        <Field hint={say(lang, "unifiedHint")} size="small">
          <Switch
            disabled={disabled}
            checked={options.unified}
            label={say(lang, "unified")}
            onChange={(_, d) => onChange({ ...options, unified: d.checked })}
          />
        </Field>
      </div>
    </Card>
  );
}
