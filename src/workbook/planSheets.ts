/**
 * Which sheets of a filled-in workbook the plan wrote, and under which names the user keeps them,
 * so a re-plan replaces exactly those and leaves every other sheet as the user's own. Host-neutral:
 * the CLI (ExcelJS) and the add-in (Office.js) decide alike from the same view.
 */
import type { PlanSnapshot } from "../plan/snapshot";
import { ARCHIVE_TABLE, NAMES, transitionReadyName } from "./layout";
import type { WorkbookDescription } from "./types";
import type { WorkbookView } from "./workbookView";

/** Sheet key → the name the user gave that sheet, from where the plan's tables are. */
export function sheetNamesByKey(snapshot: PlanSnapshot): Record<string, string> {
  const names: Record<string, string> = {};
  if (snapshot.goLive) names.front = snapshot.goLive.sheet;
  for (const table of snapshot.tables ?? []) {
    const theme = /^Opgaver_([A-Z]{3})$/i.exec(table.name)?.[1];
    const phase = /^Kriterier_(F[1-4])$/i.exec(table.name)?.[1];
    if (theme) names[`theme:${theme.toUpperCase()}`] = table.sheet;
    if (phase) names[`phase:${phase.toUpperCase()}`] = table.sheet;
    if (table.name.toLowerCase() === ARCHIVE_TABLE.toLowerCase()) names.archive = table.sheet;
  }
  return names;
}

/** Sheets the plan writes without tables or names of their own, so they are known by name only. */
const OWNED_BY_NAME = new Set(["overview", "timeline", "lists", "meta"]);

/** The workbook names a plan defines (in any version of the model). */
export const PLAN_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(NAMES), transitionReadyName("F1", "F2"), transitionReadyName("F2", "F3"), transitionReadyName("F3", "F4")].map((n) => n.toLowerCase()),
);

const PLAN_TABLE = /^(Opgaver_|Kriterier_|Faser$|Implan_Metadata$|Arkiv$)/i;

/**
 * Sheets of the old workbook that the plan wrote, lower-cased: those with its tables or its names,
 * and the sheets it knows by name only (Overblik, Tidslinje, the hidden ones). Everything else is the user's.
 */
export function planSheetNames(view: WorkbookView, snapshot: PlanSnapshot, description: WorkbookDescription): Set<string> {
  const owned = new Set(Object.values(sheetNamesByKey(snapshot)).map((n) => n.toLowerCase()));
  for (const sheet of description.sheets) if (OWNED_BY_NAME.has(sheet.kind)) owned.add(sheet.name.toLowerCase());
  for (const name of view.names) if (PLAN_NAMES.has(name.name.toLowerCase())) owned.add(name.sheet.toLowerCase());
  for (const sheet of view.sheets) if (sheet.tables.some((t) => PLAN_TABLE.test(t.name))) owned.add(sheet.name.toLowerCase());
  // Only sheets the workbook has: a name the plan knows may point at a sheet that is gone.
  const present = new Set(view.sheets.map((s) => s.name.toLowerCase()));
  return new Set([...owned].filter((name) => present.has(name)));
}
