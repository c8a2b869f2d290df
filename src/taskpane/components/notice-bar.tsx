// A run's outcome or a problem, in a Fluent MessageBar: the title says what happened, the lines what to do.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../notices";

const useStyles = makeStyles({
  line: { marginTop: tokens.spacingVerticalXXS },
});

export function NoticeBar({ notice }: { readonly notice: Notice }): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
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
