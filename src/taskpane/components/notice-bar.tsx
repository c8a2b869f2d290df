// A run's outcome or a problem, in a Fluent MessageBar: the title says what happened, the lines what to do.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import type { Notice } from "../notices";

const useStyles = makeStyles({
  line: { marginTop: tokens.spacingVerticalXXS },
  outcome: { display: "grid", gap: tokens.spacingVerticalS, scrollMarginBlock: tokens.spacingVerticalM },
});

export function NoticeBar({ notice }: { readonly notice: Notice }): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.lines.map((line, i) => (
          <div key={i} className={styles.line}>
            {line}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Where outcomes appear: two live regions that stay mounted while their content changes, so screen readers hear
 * every new outcome (a live region created together with its text is often not read). Errors go to the assertive one.
 */
export function Outcome({
  notice,
  ref,
}: {
  readonly notice: Notice | undefined;
  readonly ref?: Ref<HTMLDivElement>;
}): React.JSX.Element {
  const styles = useStyles();
  const error = notice?.intent === "error";
  return (
    <div ref={ref} className={styles.outcome}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {notice && !error && <NoticeBar notice={notice} />}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {notice && error && <NoticeBar notice={notice} />}
      </div>
    </div>
  );
}
