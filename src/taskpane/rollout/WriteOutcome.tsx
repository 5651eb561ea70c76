/** After "Skriv status i projektmappen": what is running, how it failed, or what was written and left out. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RollupWriteResult } from "../host";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import type { OperationState } from "../operation/useOperation";
import { ROLLOUT_STRINGS } from "./strings";

const useStyles = makeStyles({
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

export function WriteOutcome(props: { state: OperationState<RollupWriteResult>; onRetry(): void }) {
  const styles = useStyles();
  const language = useLanguage();
  const t = ROLLOUT_STRINGS[language];
  const { state } = props;
  if (state.status !== "done") return <OperationStatus state={state} failedTitle={t.writeFailed} onRetry={props.onRetry} />;
  const { result } = state;
  const lines = [...(result.kept.length > 0 ? [t.kept(result.kept.join(", "))] : []), ...result.notes.map((n) => n[language])];
  return (
    <MessageBar intent={result.notes.length > 0 ? "warning" : "success"} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t.written(result.sheets.join(", "))}</MessageBarTitle>
        {lines.length > 0 ? (
          <ul className={styles.notes}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
