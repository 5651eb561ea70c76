/**
 * The plans the bench measures on, all deterministic: one municipality's plan, variants with local
 * tasks, and 98 plans filled in the way municipalities return them (statuses, completion dates and
 * self-check assessments picked by a seeded generator), as .xlsx bytes made by the project's own
 * builder and ExcelJS renderer.
 */
import { MODEL, PHASE_IDS, THEME_IDS, resolveMunicipality } from "../../src/model";
import type { LocalTask, Variant } from "../../src/model/types";
import { DEFAULT_VARIANT, parseVariant } from "../../src/model/variant";
import { parseIsoDate } from "../../src/plan/dates";
import { planFileName } from "../../src/cli/planFile";
import { buildPlanWorkbook } from "../../src/workbook/build";
import type { PlanInput } from "../../src/workbook/input";
import { CRITERIA_COLUMNS, TASK_COLUMNS, header } from "../../src/workbook/layout";
import type { CellValue, TableDescription, WorkbookDescription } from "../../src/workbook/types";
import { renderXlsx } from "../../src/xlsx/render";

export const GO_LIVE = "2027-03-01";
/** The status date validation and rollup count overdue tasks from. */
export const TODAY = "2027-01-15";
export const WAVES = [
  { wave: 1, goLive: "2027-03-01" },
  { wave: 2, goLive: "2027-09-01" },
  { wave: 3, goLive: "2028-03-01" },
];

/** Aarhus, SAPA, wave 1: what `implan generate --go-live 2027-03-01 --kommune Aarhus --losning SAPA --bolge 1` builds. */
export function planInput(variant: Variant = DEFAULT_VARIANT): PlanInput {
  return { goLive: parseIsoDate(GO_LIVE), lang: "da", variant, municipality: resolveMunicipality("Aarhus"), solution: "SAPA", wave: 1 };
}

/** `count` local tasks spread over every theme and phase (7 themes × 4 phases: every pair occurs). */
export function localTasks(count: number): LocalTask[] {
  return Array.from({ length: count }, (_, i) => ({ id: `L-${i + 1}`, theme: THEME_IDS[i % THEME_IDS.length], title: `Lokal opgave ${i + 1}`, phase: PHASE_IDS[i % PHASE_IDS.length] }));
}

export function variantWithLocalTasks(count: number): Variant {
  return parseVariant({ localTasks: localTasks(count) });
}

/** mulberry32: a small seeded generator, so every run fills the plans alike. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ["Ikke startet", "Ikke startet", "I gang", "I gang", "Fuldført", "Fuldført", "Ikke relevant", "Færdig", ""];
const ASSESSMENTS = ["Ikke vurderet", "Ikke opfyldt", "Delvist opfyldt", "Opfyldt", "Opfyldt"];
const text = (value: string): CellValue => (value === "" ? { kind: "empty" } : { kind: "text", text: value });

function column(table: TableDescription, name: string): number {
  return table.columns.findIndex((c) => c.header === name);
}

/**
 * Types into the description's tables what a project leader would: a status on every task (some
 * mistyped or left blank), a completion date on most finished ones, an assessment and often a
 * reason per criterion.
 */
export function fillPlan(description: WorkbookDescription, next: () => number): void {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const { lang } = description;
  for (const table of description.sheets.flatMap((s) => s.tables)) {
    const status = column(table, header(TASK_COLUMNS, "status", lang));
    const completed = column(table, header(TASK_COLUMNS, "completed", lang));
    const assessment = column(table, header(CRITERIA_COLUMNS, "assessment", lang));
    const justification = column(table, header(CRITERIA_COLUMNS, "justification", lang));
    for (const row of table.rows) {
      if (status >= 0 && completed >= 0) {
        const typed = pick(STATUSES);
        row[status] = text(typed);
        if (typed === "Fuldført" && next() < 0.8) row[completed] = { kind: "date", serial: 46300 + Math.floor(next() * 60) };
      } else if (assessment >= 0 && justification >= 0) {
        row[assessment] = text(pick(ASSESSMENTS));
        if (next() < 0.5) row[justification] = text("Drøftet i styregruppen");
      }
    }
  }
}

export interface PlanFile {
  name: string;
  bytes: Uint8Array;
}

/** All 98 municipalities in three waves, each plan filled in: what a consultant rolls up. */
export async function filledPlans(count = MODEL.municipalities.length): Promise<PlanFile[]> {
  const next = seeded(98);
  const files: PlanFile[] = [];
  for (const [i, municipality] of MODEL.municipalities.slice(0, count).entries()) {
    const { wave, goLive } = WAVES[i % WAVES.length];
    const description = buildPlanWorkbook({ goLive: parseIsoDate(goLive), lang: "da", variant: DEFAULT_VARIANT, municipality, solution: "SAPA", wave });
    fillPlan(description, next);
    files.push({ name: planFileName(municipality.code, municipality.name), bytes: await renderXlsx(description) });
  }
  return files;
}
