/**
 * The plan form as plain data, and the check that turns it into a PlanRequest. Pure, so the rules
 * are tested without rendering. Phase starts are checked with the model's own parseVariant, so the
 * pane says what the CLI would say about the same choices.
 */
import { MODEL, findMunicipality } from "../../model";
import { isWithin } from "../../model/offset";
import { isUserError } from "../../model/errors";
import type { Deviation, Lang, Offset, OffsetUnit, PhaseId, Text } from "../../model/types";
import { VariantError, parseVariant } from "../../model/variant";
import { parseIsoDate } from "../../plan/dates";
import type { ExistingPlan, PlanRequest } from "../host";

/** One phase's start as the form holds it; `amount` is text while the user types. */
export interface PhaseStartForm {
  custom: boolean;
  amount: string;
  unit: OffsetUnit;
  /** Before (-) or after (+) go-live. */
  side: "before" | "after";
  description: string;
  approvedBy: string;
}

export interface PlanForm {
  municipalityCode: string;
  solution: string;
  wave: string;
  /** yyyy-mm-dd, as `<input type="date">` gives it; "" when empty. */
  goLive: string;
  lang: Lang;
  phases: Record<PhaseId, PhaseStartForm>;
}

export type FieldKey = "municipality" | "solution" | "wave" | "goLive" | "form";

export interface PhaseProblems {
  start?: Text;
  description?: Text;
  approvedBy?: Text;
}

export interface FormCheck {
  fields: Partial<Record<FieldKey, Text>>;
  phases: Partial<Record<PhaseId, PhaseProblems>>;
  /** The request to send; only when nothing is wrong. */
  request?: PlanRequest;
}

export const deviationField = (phase: PhaseId) => `phaseStarts.${phase}`;

function phaseForm(phase: PhaseId, start: Offset | undefined, deviation: Deviation | undefined): PhaseStartForm {
  const model = MODEL.phases.find((p) => p.id === phase)?.start.default as Offset;
  const offset = start ?? model;
  return {
    custom: start !== undefined,
    amount: String(Math.abs(offset.amount)),
    unit: offset.unit,
    side: offset.amount < 0 ? "before" : "after",
    description: deviation?.description ?? "",
    approvedBy: deviation?.approvedBy ?? "",
  };
}

export function emptyForm(lang: Lang = "da"): PlanForm {
  const phases = Object.fromEntries(MODEL.phases.map((p) => [p.id, phaseForm(p.id, undefined, undefined)])) as Record<PhaseId, PhaseStartForm>;
  return { municipalityCode: "", solution: "", wave: "", goLive: "", lang, phases };
}

/** The form filled in from the plan in the workbook, for an update. */
export function formFromPlan(plan: ExistingPlan): PlanForm {
  const find = (phase: PhaseId) => plan.deviations.find((d) => d.field === deviationField(phase));
  const phases = Object.fromEntries(MODEL.phases.map((p) => [p.id, phaseForm(p.id, plan.phaseStarts[p.id], find(p.id))])) as Record<PhaseId, PhaseStartForm>;
  return {
    municipalityCode: plan.municipalityCode ?? "",
    solution: plan.solution ?? "",
    wave: plan.wave === undefined ? "" : String(plan.wave),
    goLive: plan.goLive ?? "",
    lang: plan.lang,
    phases,
  };
}

/** The offset a phase form stands for; undefined while its amount is not a whole number. */
export function offsetOf(form: PhaseStartForm): Offset | undefined {
  const text = form.amount.trim();
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const size = Number(text);
  return { amount: form.side === "before" && size !== 0 ? -size : size, unit: form.unit };
}

/** The go-live date, or undefined while the field holds no real date. */
export function goLiveOf(form: PlanForm): Date | undefined {
  try {
    return parseIsoDate(form.goLive);
  } catch {
    return undefined;
  }
}

const NOT_WHOLE: Text = { da: "Skriv et helt tal, fx 6.", en: "Enter a whole number, e.g. 6." };
const REQUIRED_DESCRIPTION: Text = { da: "Beskriv afvigelsen fra modellen.", en: "Describe the departure from the model." };
const REQUIRED_APPROVER: Text = { da: "Skriv, hvem der har godkendt afvigelsen.", en: "Enter who approved the departure." };

function checkPhases(form: PlanForm, check: FormCheck): { phaseStarts: Partial<Record<PhaseId, Offset>>; deviations: Deviation[] } {
  const phaseStarts: Partial<Record<PhaseId, Offset>> = {};
  const deviations: Deviation[] = [];
  for (const phase of MODEL.phases) {
    const entry = form.phases[phase.id];
    if (!entry.custom) continue;
    const offset = offsetOf(entry);
    if (!offset) {
      check.phases[phase.id] = { start: NOT_WHOLE };
      continue;
    }
    phaseStarts[phase.id] = offset;
    // A deviation is documented only where the model requires one: outside the phase's range.
    if (isWithin(offset, phase.start.range)) continue;
    const [description, approvedBy] = [entry.description.trim(), entry.approvedBy.trim()];
    const problems: PhaseProblems = {};
    if (!description) problems.description = REQUIRED_DESCRIPTION;
    if (!approvedBy) problems.approvedBy = REQUIRED_APPROVER;
    if (problems.description || problems.approvedBy) check.phases[phase.id] = problems;
    else deviations.push({ field: deviationField(phase.id), description, approvedBy });
  }
  return { phaseStarts, deviations };
}

/** True when a phase's start is outside the model's range, so the form asks for a deviation. */
export function outsideRange(phase: PhaseId, offset: Offset): boolean {
  const model = MODEL.phases.find((p) => p.id === phase);
  return model !== undefined && !isWithin(offset, model.start.range);
}

/** Stand-ins for deviations the form already asks for, so parseVariant does not repeat that. */
function missingDeviations(check: FormCheck): Deviation[] {
  return (Object.keys(check.phases) as PhaseId[])
    .filter((phase) => check.phases[phase]?.description || check.phases[phase]?.approvedBy)
    .map((phase) => ({ field: deviationField(phase), description: "-", approvedBy: "-" }));
}

/** parseVariant's problems, each put on the phase (or the form) it is about. */
function variantProblems(error: VariantError, check: FormCheck): void {
  for (const problem of error.variantProblems) {
    const text = { da: problem.da, en: problem.en };
    const phase = /phaseStarts\.(F[1-4])/.exec(problem.path)?.[1] as PhaseId | undefined;
    if (phase) check.phases[phase] = { ...check.phases[phase], start: text };
    else check.fields.form = text;
  }
}

export function checkForm(form: PlanForm): FormCheck {
  const check: FormCheck = { fields: {}, phases: {} };
  if (!findMunicipality(form.municipalityCode)) check.fields.municipality = { da: "Vælg en kommune på listen.", en: "Choose a municipality from the list." };
  try {
    parseIsoDate(form.goLive);
  } catch (error) {
    if (!isUserError(error)) throw error;
    check.fields.goLive = error.text;
  }
  const wave = form.wave.trim();
  if (wave !== "" && !/^\d{1,3}$/.test(wave)) check.fields.wave = { da: "Bølgen er et helt tal, fx 1.", en: "The wave is a whole number, e.g. 1." };
  if (form.solution.trim().length > 255) check.fields.solution = { da: "Højst 255 tegn.", en: "At most 255 characters." };

  const { phaseStarts, deviations } = checkPhases(form, check);
  try {
    // Deviations still missing are asked for above; the model's other rules (order) speak here.
    const documented = [...deviations, ...missingDeviations(check)];
    parseVariant({ phaseStarts: toFileForm(phaseStarts), deviations: documented });
  } catch (error) {
    if (!(error instanceof VariantError)) throw error;
    variantProblems(error, check);
  }
  const clean = Object.keys(check.fields).length === 0 && Object.keys(check.phases).length === 0;
  if (clean) {
    check.request = {
      municipalityCode: form.municipalityCode,
      solution: form.solution.trim(),
      wave: wave === "" ? undefined : Number(wave),
      goLive: form.goLive,
      lang: form.lang,
      phaseStarts,
      deviations,
    };
  }
  return check;
}

/** { F1: { amount: -7, unit: "months" } } → { F1: { months: -7 } }, the form parseVariant reads. */
export function toFileForm(starts: Partial<Record<PhaseId, Offset>>): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(starts).map(([phase, offset]) => [phase, { [(offset as Offset).unit]: (offset as Offset).amount }]));
}
