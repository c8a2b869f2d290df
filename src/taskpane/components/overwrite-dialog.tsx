// SPEC §3: before overwriting a cell the add-in did not write, ask — overwrite, write to empty columns, or cancel.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import type { OverwriteChoice } from "../job/run-annotate";
import { say } from "../words";

export interface OverwriteDialogProps {
  readonly lang: Lang;
  readonly open: boolean;
  readonly count: number;
  readonly rows: readonly number[];
  /** Where the block would go (e.g. "I:O") and the empty columns offered instead. */
  readonly target: string;
  readonly clear: string;
  readonly onAnswer: (choice: OverwriteChoice | "cancel") => void;
}

export function OverwriteDialog(p: OverwriteDialogProps): React.JSX.Element {
  const shownRows = p.rows.slice(0, 5).join(", ") + (p.rows.length > 5 ? ", …" : "");
  return (
    <Dialog open={p.open} modalType="alert" onOpenChange={(_, d) => !d.open && p.onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{say(p.lang, "confirmTitle")}</DialogTitle>
          <DialogContent>
            {say(p.lang, "confirmBody", { address: p.target, count: p.count, rows: shownRows, rowCount: p.rows.length })}
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => p.onAnswer("clear")}>
              {say(p.lang, "writeClear", { address: p.clear })}
            </Button>
            <Button onClick={() => p.onAnswer("overwrite")}>{say(p.lang, "overwrite")}</Button>
            <Button onClick={() => p.onAnswer("cancel")}>{say(p.lang, "cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
