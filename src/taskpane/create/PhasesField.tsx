/** The four phases of the form, with the dates they get from the chosen go-live. */
import { Body1, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { MODEL } from "../../model";
import type { PhaseId } from "../../model/types";
import { useLanguage } from "../i18n";
import type { FormCheck, PlanForm, PhaseStartForm } from "./formState";
import { PhaseStartEditor } from "./PhaseStartEditor";
import { previewWindows } from "./preview";
import { CREATE_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, border: "none", margin: 0, padding: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PhasesFieldProps {
  form: PlanForm;
  /** Problems to show (after the first attempt to submit). */
  problems: FormCheck["phases"];
  onChange(phase: PhaseId, value: PhaseStartForm): void;
}

export function PhasesField(props: PhasesFieldProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = CREATE_STRINGS[language];
  const preview = previewWindows(props.form);
  return (
    <fieldset className={styles.root}>
      <legend>
        <Subtitle2 as="h3" className={styles.heading}>
          {t.phasesHeading}
        </Subtitle2>
      </legend>
      <Body1>{t.phasesIntro}</Body1>
      {!preview.windows && !preview.problem ? <Caption1 className={styles.muted}>{t.noDates}</Caption1> : null}
      {preview.problem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{preview.problem[language]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {MODEL.phases.map((phase) => (
        <PhaseStartEditor
          key={phase.id}
          phase={phase}
          window={preview.windows?.find((w) => w.phase === phase.id)}
          value={props.form.phases[phase.id]}
          problems={props.problems[phase.id]}
          onChange={(value) => props.onChange(phase.id, value)}
        />
      ))}
    </fieldset>
  );
}
