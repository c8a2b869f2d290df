// SPEC §3: before overwriting a cell the add-in did not write, ask — overwrite, write to empty columns, or cancel.
// A native modal <dialog>: the browser traps focus and Esc answers "cancel". (Fluent's Dialog left its focus
// sentinels — aria-hidden yet focusable — in the page after closing: axe's aria-hidden-focus, issue 12.)
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { Lang } from "../../core/model";
import type { OverwriteChoice } from "../job/run-annotate";
import { say } from "../words";

const useStyles = makeStyles({
  surface: {
    border: "none",
    borderRadius: tokens.borderRadiusXLarge,
    padding: tokens.spacingHorizontalXXL,
    boxShadow: tokens.shadow64,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    maxWidth: `calc(100vw - 2 * ${tokens.spacingHorizontalL})`,
    "::backdrop": { backgroundColor: tokens.colorBackgroundOverlay },
  },
  title: { margin: 0 },
  body: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXL}` },
  actions: { display: "grid", gap: tokens.spacingVerticalS },
});

export interface OverwriteDialogProps {
  readonly lang: Lang;
  readonly count: number;
  readonly rows: readonly number[];
  /** Where the block would go (e.g. "I:O") and the empty columns offered instead. */
  readonly target: string;
  readonly clear: string;
  readonly onAnswer: (choice: OverwriteChoice | "cancel") => void;
}

export function OverwriteDialog(p: OverwriteDialogProps): React.JSX.Element {
  const styles = useStyles();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const shownRows = p.rows.slice(0, 5).join(", ") + (p.rows.length > 5 ? ", …" : "");
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={styles.surface}
      onCancel={(e) => {
        e.preventDefault(); // Esc: the pane closes it once the answer is taken
        p.onAnswer("cancel");
      }}
    >
      <Text as="h2" id={titleId} size={400} weight="semibold" block className={styles.title}>
        {say(p.lang, "confirmTitle")}
      </Text>
      <Text as="p" id={bodyId} block className={styles.body}>
        {say(p.lang, "confirmBody", { address: p.target, count: p.count, rows: shownRows, rowCount: p.rows.length })}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => p.onAnswer("clear")}>
          {say(p.lang, "writeClear", { address: p.clear })}
        </Button>
        <Button onClick={() => p.onAnswer("overwrite")}>{say(p.lang, "overwrite")}</Button>
        <Button onClick={() => p.onAnswer("cancel")}>{say(p.lang, "cancel")}</Button>
      </div>
    </dialog>
  );
}
