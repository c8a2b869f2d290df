// Rows done / total while reading or writing, with a Cancel that stops between chunks (issue 5 §2).
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import type { Progress } from "../job/read-sheet";
import { say } from "../words";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1, minWidth: 0 },
  // 「キャンセル」 on one line however narrow the pane: the bar gives way instead
  cancel: { flexShrink: 0, whiteSpace: "nowrap" },
});

export interface RunProgressProps {
  readonly lang: Lang;
  readonly progress: Progress;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

export function RunProgress({ lang, progress, cancelling, onCancel }: RunProgressProps): React.JSX.Element {
  const styles = useStyles();
  const phase = say(lang, progress.phase === "read" ? "reading" : "writing");
  const rows = say(lang, "progressRows", { done: progress.done, total: progress.total });
  const value = progress.total === 0 ? 0 : progress.done / progress.total;
  return (
    <div className={styles.row}>
      <Field className={styles.bar} label={`${phase} ${rows}`} hint={cancelling ? say(lang, "cancelling") : ""} size="small">
        <ProgressBar value={value} thickness="large" aria-valuetext={rows} />
      </Field>
      <Button size="small" className={styles.cancel} disabledFocusable={cancelling} onClick={onCancel}>
        {say(lang, "cancel")}
      </Button>
    </div>
  );
}
