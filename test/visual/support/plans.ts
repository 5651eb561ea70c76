/** Plan inputs shared by the visual tests. */
import { parseVariant, resolveMunicipality } from "../../../src/model";
import type { Lang, Variant } from "../../../src/model/types";
import { parseIsoDate } from "../../../src/plan/dates";
import type { PlanInput } from "../../../src/workbook/input";

/** A variant that moves a phase start, removes a task, adds a local task and fixes one deadline. */
export const VARIED: Variant = parseVariant({
  phaseStarts: { F1: { months: -7 } },
  removedTasks: ["PRJ-02"],
  deviations: [{ field: "removedTasks.PRJ-02", description: "Projektleder er udpeget i forvejen", approvedBy: "Metodeansvarlig" }],
  localTasks: [{ id: "L-01", theme: "ORG", title: "Lokal styregruppe", phase: "F2" }],
  tasks: { "SIK-02": { deadline: { date: "2027-01-31" } } },
});

export function planInput(goLive: string, options: { lang?: Lang; variant?: Variant } = {}): PlanInput {
  return {
    goLive: parseIsoDate(goLive),
    lang: options.lang ?? "da",
    variant: options.variant ?? parseVariant({}),
    municipality: resolveMunicipality("Aarhus"),
    solution: "SAPA",
    wave: 1,
  };
}
