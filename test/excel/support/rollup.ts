/**
 * Rollup descriptions for the Office.js tests, made cheaply: plan summaries as the rollup sees them
 * after reading (no .xlsx files), 98 municipalities in three waves, 34 tasks and 18 criteria each,
 * a few findings per plan; `extraTasks` adds local tasks with long titles for a rollup too big for
 * one sync.
 */
import { MODEL, MODEL_VERSION } from "../../../src/model";
import type { Lang } from "../../../src/model/types";
import { parseIsoDate, toExcelSerial } from "../../../src/plan/dates";
import { aggregateRollup } from "../../../src/plan/rollup/aggregate";
import type { FileRead, TaskLine } from "../../../src/plan/rollup/types";
import { buildRollupWorkbook } from "../../../src/workbook/rollup/build";
import type { WorkbookDescription } from "../../../src/workbook/types";

export const AS_OF = "2027-01-15";
const STATUSES = [
  { id: "ikke-startet", text: "Ikke startet" },
  { id: "i-gang", text: "I gang" },
  { id: "fuldfoert", text: "Fuldført" },
  { id: "ikke-relevant", text: "Ikke relevant" },
] as const;

function tasks(i: number, extraTasks: number): TaskLine[] {
  const model = MODEL.tasks.map((t, j): TaskLine => ({ id: t.id, title: { ...t.title }, theme: t.theme, phase: { id: t.defaultPhase, text: "" }, responsible: "Projektleder", status: { ...STATUSES[(i + j) % 4] }, deadline: 46300 + j }));
  const title = (n: number) => `Lokal opgave ${n}: ${"tilpasning af arbejdsgange og snitflader i kommunen ".repeat(3)}`;
  const local = Array.from({ length: extraTasks }, (_, n): TaskLine => ({ id: `L-${n + 1}`, title: { da: title(n + 1), en: title(n + 1) }, phase: { id: "F2", text: "" }, responsible: "Fagchef", status: { ...STATUSES[n % 4] }, deadline: 46400 }));
  return [...model, ...local];
}

/** What the rollup has after reading `count` plans. */
export function planReads(count = MODEL.municipalities.length, extraTasks = 0): FileRead[] {
  return MODEL.municipalities.slice(0, count).map((municipality, i) => ({
    name: `implementeringsplan-${municipality.code}.xlsx`,
    kind: "plan",
    plan: {
      municipality,
      municipalityText: municipality.name,
      modelVersion: MODEL_VERSION,
      wave: (i % 3) + 1,
      goLive: toExcelSerial(parseIsoDate(["2027-03-01", "2027-09-01", "2028-03-01"][i % 3])),
      transitions: { "F1-F2": 46266, "F2-F3": 46447, "F3-F4": 46461 },
      tasks: tasks(i, extraTasks),
      criteria: MODEL.criteria.map((c) => ({ id: c.id, phase: c.phase, text: { ...c.text }, assessment: { id: "opfyldt", text: "Opfyldt" }, justification: "Aftalt med styregruppen" })),
      findings: [
        { rule: "overdue", severity: "warning", sheet: "Projektstyring og -ledelse", cell: "G7", task: "PRJ-03", message: { da: "Deadline er overskredet, og opgaven er ikke fuldført.", en: "The deadline has passed and the task is not completed." } },
        { rule: "status-value", severity: "error", sheet: "Projektstyring og -ledelse", cell: "H5", task: "PRJ-01", message: { da: 'Status "Færdig" er ikke en af værdierne.', en: 'Status "Færdig" is not one of the values.' } },
      ],
      gates: [],
    },
  }));
}

export function rollupDescription(options: { lang?: Lang; count?: number; extraTasks?: number; asOf?: string } = {}): WorkbookDescription {
  const result = aggregateRollup(planReads(options.count, options.extraTasks), { asOf: parseIsoDate(options.asOf ?? AS_OF) });
  return buildRollupWorkbook(result, options.lang ?? "da");
}
