/**
 * An operation's progress (a spinner with what it is doing, once it has run over half a second) and
 * its failure (the host's sentence, that entries are kept, and a retry button).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import { OPERATION_STRINGS } from "./strings";
import type { OperationState } from "./useOperation";

const useStyles = makeStyles({
  progress: { paddingBlock: tokens.spacingVerticalS },
  hint: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export interface OperationStatusProps<T> {
  state: OperationState<T>;
  /** What failed, e.g. "Planen blev ikke oprettet". */
  failedTitle: string;
  /** Runs the operation again; no retry button without it. */
  onRetry?: () => void;
}

export function OperationStatus<T>(props: OperationStatusProps<T>) {
  const styles = useStyles();
  const language = useLanguage();
  const t = OPERATION_STRINGS[language];
  const { state } = props;
  if (state.status === "running") {
    // Always in the tree while running so screen readers hear the text when it appears.
    return (
      <div role="status" aria-live="polite" className={styles.progress}>
        {state.slow ? <Spinner size="tiny" labelPosition="after" label={state.step?.[language] ?? t.working} /> : null}
      </div>
    );
  }
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.failedTitle}</MessageBarTitle>
        {state.error[language]}
        <span className={styles.hint}>{t.keptEntries}</span>
      </MessageBarBody>
      {props.onRetry ? (
        <MessageBarActions>
          <Button size="small" onClick={props.onRetry}>
            {t.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
