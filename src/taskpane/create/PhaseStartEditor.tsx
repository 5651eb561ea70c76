/**
 * One phase in the form: its dates for the chosen go-live, the model's range for its start, and an
 * optional own start (amount, unit, before/after go-live). Outside the range the model requires a
 * documented, approved deviation, so the description and the approver become required fields.
 */
import { Body1Strong, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Switch, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { describeOffset, describeRange } from "../../model/offset";
import type { OffsetUnit, Phase } from "../../model/types";
import type { PhaseWindow } from "../../plan/phases";
import { formatDanishDate } from "../../plan/dates";
import { useLanguage } from "../i18n";
import { type PhaseProblems, type PhaseStartForm, offsetOf, outsideRange } from "./formState";
import { CREATE_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
  offset: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  amount: { width: "72px" },
});

const UNITS: OffsetUnit[] = ["months", "weeks", "days"];

export interface PhaseStartEditorProps {
  phase: Phase;
  window?: PhaseWindow;
  value: PhaseStartForm;
  problems?: PhaseProblems;
  onChange(value: PhaseStartForm): void;
}

export function PhaseStartEditor(props: PhaseStartEditorProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = CREATE_STRINGS[language];
  const { phase, value, problems } = props;
  const label = phase.label[language];
  const offset = value.custom ? offsetOf(value) : phase.start.default;
  const outside = value.custom && offset !== undefined && outsideRange(phase.id, offset);
  const set = (patch: Partial<PhaseStartForm>) => props.onChange({ ...value, ...patch });
  const range = describeRange(phase.start.range)[language];

  return (
    <section className={styles.root} aria-label={label}>
      <div className={styles.title}>
        <Body1Strong>{label}</Body1Strong>
        {props.window ? <Caption1>{`${formatDanishDate(props.window.start)} – ${formatDanishDate(props.window.end)}`}</Caption1> : null}
      </div>
      <Caption1 className={styles.muted}>
        {t.modelRange(range)}
        {offset ? ` · ${t.chosen(describeOffset(offset)[language])}` : ""}
      </Caption1>
      <Switch label={t.customStartShort} aria-label={t.customStart(label)} checked={value.custom} onChange={(_event, data) => set({ custom: data.checked })} />
      {value.custom ? (
        <Field validationMessage={problems?.start?.[language]} validationState={problems?.start ? "error" : "none"}>
          <div className={styles.offset}>
            <Input className={styles.amount} type="number" min={0} aria-label={t.amount(label)} value={value.amount} onChange={(_event, data) => set({ amount: data.value })} />
            <Select aria-label={t.unit(label)} value={value.unit} onChange={(_event, data) => set({ unit: data.value as OffsetUnit })}>
              {UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t.units[unit]}
                </option>
              ))}
            </Select>
            <Select aria-label={t.side(label)} value={value.side} onChange={(_event, data) => set({ side: data.value as PhaseStartForm["side"] })}>
              <option value="before">{t.before}</option>
              <option value="after">{t.after}</option>
            </Select>
          </div>
        </Field>
      ) : null}
      {outside ? (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.outside(range)}</MessageBarBody>
          </MessageBar>
          <Field label={t.deviation(label)} required validationMessage={problems?.description?.[language]} validationState={problems?.description ? "error" : "none"}>
            <Textarea value={value.description} resize="vertical" onChange={(_event, data) => set({ description: data.value })} />
          </Field>
          <Field label={t.approvedBy(label)} required validationMessage={problems?.approvedBy?.[language]} validationState={problems?.approvedBy ? "error" : "none"}>
            <Input value={value.approvedBy} onChange={(_event, data) => set({ approvedBy: data.value })} />
          </Field>
        </>
      ) : null}
    </section>
  );
}
