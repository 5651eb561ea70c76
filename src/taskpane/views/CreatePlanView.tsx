/**
 * "Opret / opdater plan": the form for a new plan, or, when the workbook already has one, the same
 * form filled in from it to move go-live and the phase starts. The form's state lives here and only
 * here, so a failed create or update leaves every field as the user left it.
 */
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { Lang } from "../../model/types";
import { ViewIntro } from "../components/ViewIntro";
import { CreateOutcome } from "../create/CreateOutcome";
import { checkForm, emptyForm, formFromPlan, goLiveOf, type PlanForm } from "../create/formState";
import { GoLiveField } from "../create/GoLiveField";
import { MunicipalityField } from "../create/MunicipalityField";
import { PhasesField } from "../create/PhasesField";
import { CREATE_STRINGS } from "../create/strings";
import { submitPlan, type SubmitResult } from "../create/submit";
import type { ExistingPlan } from "../host";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/useOperation";
import type { ViewProps } from "./registry";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, border: "none", margin: 0, padding: 0, minWidth: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
});

export default function CreatePlanView({ host }: ViewProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = CREATE_STRINGS[language];
  const reading = useOperation<ExistingPlan | null>();
  const submitting = useOperation<SubmitResult>();
  const [form, setForm] = useState<PlanForm>(() => emptyForm());
  const [existing, setExisting] = useState<ExistingPlan | null>(null);
  const [submitted, setSubmitted] = useState(false);
  // Changes when a plan is read from the workbook, so fields that keep their own text start over.
  const [formKey, setFormKey] = useState(0);

  const startReading = reading.start;
  const readPlan = useCallback(
    () =>
      startReading(async (progress) => {
        progress({ da: CREATE_STRINGS.da.reading, en: CREATE_STRINGS.en.reading });
        const plan = await host.hasPlan();
        setExisting(plan);
        if (plan) {
          setForm(formFromPlan(plan));
          setFormKey((key) => key + 1);
        }
        return plan;
      }),
    [host, startReading],
  );
  useEffect(() => {
    void readPlan();
  }, [readPlan]);

  // A plan's municipality is in its title and footers too, so an update keeps it (unless it has none).
  const locked = Boolean(existing?.municipalityCode);
  const check = checkForm(form);
  const shown = submitted ? check : { fields: {}, phases: {} };
  const message = (key: keyof typeof check.fields) => shown.fields[key]?.[language];

  const submit = () => {
    setSubmitted(true);
    const request = checkForm(form).request;
    if (!request) return;
    void submitting.start((progress) => submitPlan(host, request, existing, progress)).then((result) => {
      if (result) setExisting(result.plan);
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return (
    <div className={styles.root}>
      <ViewIntro heading={existing ? t.headingUpdate : t.headingCreate}>{existing ? t.introUpdate : t.introCreate}</ViewIntro>
      <OperationStatus state={reading.state} failedTitle={t.readFailed} onRetry={() => void readPlan()} />
      <form onSubmit={onSubmit} noValidate>
        <fieldset className={styles.form} disabled={reading.running}>
          <MunicipalityField
            key={`municipality-${formKey}`}
            label={t.municipality}
            hint={locked ? t.municipalityLocked : t.municipalityHint}
            noMatch={t.noMatch}
            code={form.municipalityCode}
            disabled={locked}
            error={message("municipality")}
            onChange={(code) => setForm((f) => ({ ...f, municipalityCode: code }))}
          />
          <Field label={t.solution} hint={t.solutionHint} validationMessage={message("solution")} validationState={message("solution") ? "error" : "none"}>
            <Input value={form.solution} onChange={(_event, data) => setForm((f) => ({ ...f, solution: data.value }))} />
          </Field>
          <Field label={t.wave} validationMessage={message("wave")} validationState={message("wave") ? "error" : "none"}>
            <Input type="number" min={1} value={form.wave} onChange={(_event, data) => setForm((f) => ({ ...f, wave: data.value }))} />
          </Field>
          <GoLiveField
            label={t.goLive}
            hint={t.goLiveHint}
            value={form.goLive}
            date={goLiveOf(form)}
            language={language}
            error={message("goLive")}
            onChange={(goLive) => setForm((f) => ({ ...f, goLive }))}
          />
          {existing ? null : (
            <Field label={t.language}>
              <RadioGroup layout="horizontal" value={form.lang} onChange={(_event, data) => setForm((f) => ({ ...f, lang: data.value as Lang }))}>
                <Radio value="da" label={t.languages.da} />
                <Radio value="en" label={t.languages.en} />
              </RadioGroup>
            </Field>
          )}
          <PhasesField form={form} problems={shown.phases} onChange={(phase, value) => setForm((f) => ({ ...f, phases: { ...f.phases, [phase]: value } }))} />
          <div className={styles.actions}>
            <CreateOutcome check={shown} state={submitting.state} updating={existing !== null} onRetry={submit} />
            <Button appearance="primary" type="submit" disabledFocusable={submitting.running || reading.running}>
              {existing ? t.submitUpdate : t.submitCreate}
            </Button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
