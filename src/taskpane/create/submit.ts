/** Sends the form's request: a new plan, or an update of the one in the workbook. */
import { findMunicipality } from "../../model";
import type { Text } from "../../model/types";
import type { ExistingPlan, PhaseDates, PlanHost, PlanRequest, Progress } from "../host";
import { CREATE_STRINGS } from "./strings";

export interface SubmitResult {
  kind: "created" | "updated";
  /** The plan as the workbook now has it, so the form switches to (or stays in) update mode. */
  plan: ExistingPlan;
  goLive: string;
  windows: PhaseDates[];
  notes: Text[];
}

export async function submitPlan(host: PlanHost, request: PlanRequest, existing: ExistingPlan | null, progress: Progress): Promise<SubmitResult> {
  const plan: ExistingPlan = {
    ...(existing ?? { rows: 0 }),
    lang: existing?.lang ?? request.lang,
    municipalityCode: request.municipalityCode,
    municipalityName: findMunicipality(request.municipalityCode)?.name,
    solution: request.solution || undefined,
    wave: request.wave,
    goLive: request.goLive,
    goLiveProblem: undefined,
    phaseStarts: request.phaseStarts,
    deviations: request.deviations,
  };
  if (existing) {
    progress({ da: CREATE_STRINGS.da.progressUpdate, en: CREATE_STRINGS.en.progressUpdate });
    const result = await host.updatePlan(request, progress);
    return { kind: "updated", plan: { ...plan, goLive: result.goLive }, goLive: result.goLive, windows: result.windows, notes: result.notes };
  }
  progress({ da: CREATE_STRINGS.da.progressCreate, en: CREATE_STRINGS.en.progressCreate });
  const result = await host.createPlan(request, progress);
  return { kind: "created", plan, goLive: request.goLive, windows: result.windows, notes: result.notes };
}
