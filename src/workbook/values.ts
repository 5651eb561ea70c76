/** The words written into Fase, Status and Vurdering cells, in the workbook's language. */
import { MODEL } from "../model";
import type { AssessmentId, Lang, PhaseId, StatusId } from "../model/types";

/** Phase id → the label written in Fase cells ("Fase 2 Forberedelse"). */
export function phaseLabels(lang: Lang): Record<PhaseId, string> {
  return Object.fromEntries(MODEL.phases.map((p) => [p.id, p.label[lang]])) as Record<PhaseId, string>;
}

// By id, looked up once: a plan's formulas name a status thousands of times.
const STATUSES = new Map(MODEL.statuses.map((s) => [s.id, s]));
const ASSESSMENTS = new Map(MODEL.assessments.map((a) => [a.id, a]));

export function statusLabel(id: StatusId, lang: Lang): string {
  const status = STATUSES.get(id);
  if (!status) throw new Error(`Unknown status ${id}`);
  return status.label[lang];
}

export function assessmentLabel(id: AssessmentId, lang: Lang): string {
  const assessment = ASSESSMENTS.get(id);
  if (!assessment) throw new Error(`Unknown assessment ${id}`);
  return assessment.label[lang];
}
