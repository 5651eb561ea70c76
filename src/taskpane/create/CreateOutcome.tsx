/** Under the form: what to fix, what the create/update is doing, how it failed, or what it made. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { findMunicipality } from "../../model";
import { formatDanishDate, parseIsoDate } from "../../plan/dates";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import type { OperationState } from "../operation/useOperation";
import type { FormCheck } from "./formState";
import { CREATE_STRINGS } from "./strings";
import type { SubmitResult } from "./submit";

const useStyles = makeStyles({
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface CreateOutcomeProps {
  /** The form's problems as shown (empty before the first attempt). */
  check: Pick<FormCheck, "fields" | "phases">;
  state: OperationState<SubmitResult>;
  /** The workbook has a plan, so a failure is a failed update. */
  updating: boolean;
  onRetry(): void;
}

export function CreateOutcome(props: CreateOutcomeProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = CREATE_STRINGS[language];
  const { state, check } = props;
  const invalid = Object.keys(check.fields).length > 0 || Object.keys(check.phases).length > 0;
  if (invalid && state.status !== "running") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{check.fields.form?.[language] ?? t.fixFirst}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status !== "done") {
    return <OperationStatus state={state} failedTitle={props.updating ? t.updateFailed : t.createFailed} onRetry={props.onRetry} />;
  }
  const { result } = state;
  const goLive = formatDanishDate(parseIsoDate(result.goLive));
  const name = result.plan.municipalityName ?? findMunicipality(result.plan.municipalityCode ?? "")?.name ?? "";
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{result.kind === "created" ? t.created(name, goLive) : t.updated(goLive)}</MessageBarTitle>
        {result.notes.length > 0 ? (
          <ul className={styles.notes}>
            {result.notes.map((note) => (
              <li key={note.da}>{note[language]}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
