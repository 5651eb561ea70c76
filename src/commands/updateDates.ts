/** "Opdater datoer" from the ribbon: the plan's own values as an update request, and what to report. */
import { UserError } from "../model/errors";
import { formatDanishDate, parseIsoDate } from "../plan/dates";
import type { ExistingPlan, PlanRequest, SheetMessage, UpdateResult } from "../excel/planHost";

const NO_PLAN = {
  da: "Projektmappen har ingen implementeringsplan. Opret planen fra opgaveruden (Åbn plan under fanen Hjem).",
  en: "The workbook has no implementation plan. Create it from the task pane (Open plan on the Home tab).",
};

/** The plan as it stands, go-live as typed in its cell: what the update writes the dates from. */
export function updateRequestOf(plan: ExistingPlan | null): PlanRequest {
  if (!plan) throw new UserError(NO_PLAN);
  if (!plan.goLive) {
    throw new UserError(
      plan.goLiveProblem ?? { da: "Go-live-cellen indeholder ingen dato; skriv datoen, fx 01-03-2027.", en: "The go-live cell holds no date; enter the date, e.g. 01-03-2027." },
    );
  }
  return {
    municipalityCode: plan.municipalityCode ?? "",
    solution: plan.solution ?? "",
    wave: plan.wave,
    goLive: plan.goLive,
    lang: plan.lang,
    phaseStarts: plan.phaseStarts,
    deviations: plan.deviations,
  };
}

/** The lines above the findings after an update: what go-live the dates now follow, and any notes. */
export function updatedMessages(result: UpdateResult): SheetMessage[] {
  const day = formatDanishDate(parseIsoDate(result.goLive));
  return [
    { intent: "info", text: { da: `Datoerne er opdateret efter go-live ${day}.`, en: `The dates are updated from go-live ${day}.` } },
    ...result.notes.map((text): SheetMessage => ({ intent: "info", text })),
  ];
}
