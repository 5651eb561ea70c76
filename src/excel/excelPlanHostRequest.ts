/**
 * The pane's plain requests as the plan layer's inputs, and a plan snapshot as the pane's
 * ExistingPlan. Pure: no Excel here, so the translation is tested without a host.
 */
import { resolveMunicipality } from "../model";
import type { Deviation, Offset, PhaseId, Variant } from "../model/types";
import { DEFAULT_VARIANT, parseVariant } from "../model/variant";
import { serializeVariant } from "../model/variant-serialize";
import { parseIsoDate, toIsoDate } from "../plan/dates";
import type { PhaseWindow } from "../plan/phases";
import type { PlanSnapshot } from "../plan/snapshot";
import { storedVariant } from "../plan/storedVariant";
import { frontFields } from "../plan/update/frontFields";
import { readGoLive } from "../plan/validation/goLive";
import type { PlanInput } from "../workbook/input";
import type { ExistingPlan, PhaseDates, PlanRequest } from "./planHost";

/** How messages name the open workbook (storedVariant's "the variant stored in …"). */
export const WORKBOOK_SOURCE = "projektmappen";

const isPhaseStartField = (field: string) => field.startsWith("phaseStarts.");

/**
 * `base` with the request's phase starts and their deviations; every other choice of the variant
 * (task phases, removed and local tasks and their deviations) is kept. Checked by parseVariant, so
 * a start outside the model's range without a documented deviation is refused as the CLI would.
 */
export function variantOf(request: Pick<PlanRequest, "phaseStarts" | "deviations">, base: Variant = DEFAULT_VARIANT): Variant {
  const deviations: Deviation[] = [...base.deviations.filter((d) => !isPhaseStartField(d.field)), ...request.deviations.filter((d) => isPhaseStartField(d.field))];
  return parseVariant(serializeVariant({ ...base, phaseStarts: { ...request.phaseStarts }, deviations }));
}

/** What buildPlanWorkbook needs for a new plan. */
export function planInputOf(request: PlanRequest): PlanInput {
  return {
    goLive: parseIsoDate(request.goLive),
    lang: request.lang,
    variant: variantOf(request),
    municipality: resolveMunicipality(request.municipalityCode),
    solution: request.solution.trim() || undefined,
    wave: request.wave,
  };
}

export function phaseDates(windows: readonly PhaseWindow[]): PhaseDates[] {
  return windows.map((w) => ({ phase: w.phase, start: toIsoDate(w.start), end: toIsoDate(w.end) }));
}

/** The plan in the workbook as the pane's form shows it. */
export function existingPlanOf(snapshot: PlanSnapshot): ExistingPlan {
  const front = frontFields(snapshot);
  const variant = storedVariant(snapshot.variantJson, WORKBOOK_SOURCE);
  const goLive = readGoLive(snapshot);
  return {
    lang: snapshot.lang,
    municipalityCode: front.municipality?.code || undefined,
    municipalityName: front.municipality?.name || undefined,
    solution: front.solution,
    wave: front.wave,
    goLive: goLive.date ? toIsoDate(goLive.date) : undefined,
    goLiveProblem: goLive.problem,
    phaseStarts: Object.fromEntries(Object.entries(variant.phaseStarts).map(([phase, offset]) => [phase, { ...(offset as Offset) }])) as Partial<Record<PhaseId, Offset>>,
    deviations: variant.deviations.filter((d) => isPhaseStartField(d.field)).map((d) => ({ ...d })),
    rows: snapshot.tasks.length + snapshot.criteria.length,
  };
}
