/** Plan descriptions the Excel tests share: the model's 34 tasks, and variants with local tasks. */
import { PHASE_IDS, THEME_IDS, parseVariant, resolveMunicipality } from "../../../src/model";
import type { Lang } from "../../../src/model/types";
import { parseIsoDate } from "../../../src/plan/dates";
import { buildPlanWorkbook } from "../../../src/workbook/build";
import type { WorkbookDescription } from "../../../src/workbook/types";

export const GO_LIVE = "2027-03-01";

/** `count` local tasks spread over every theme and phase. */
export function localTasks(count: number, title = (i: number) => `Lokal opgave ${i}`) {
  return Array.from({ length: count }, (_, i) => ({ id: `L-${i + 1}`, theme: THEME_IDS[i % THEME_IDS.length], title: title(i + 1), phase: PHASE_IDS[i % PHASE_IDS.length] }));
}

export function plan(options: { lang?: Lang; variant?: unknown; solution?: string; municipality?: string | null } = {}): WorkbookDescription {
  const municipality = options.municipality === null ? undefined : resolveMunicipality(options.municipality ?? "Aarhus");
  return buildPlanWorkbook({
    goLive: parseIsoDate(GO_LIVE),
    lang: options.lang ?? "da",
    variant: parseVariant(options.variant ?? {}),
    municipality,
    solution: options.solution ?? "SAPA",
    wave: 1,
  });
}

export const allSupported = () => true;
