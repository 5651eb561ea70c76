/**
 * Re-plans a filled-in plan workbook: read its snapshot, sort every entry to its task (or to the
 * archive), build the plan again for the new go-live and variant, render it, and carry over the
 * user's own sheets and names. Works on ExcelJS workbooks in memory; the CLI does the file work.
 */
import type ExcelJS from "exceljs";
import { UserError } from "../model/errors";
import type { Text, Variant } from "../model/types";
import { storedVariant } from "../plan/storedVariant";
import { frontFields } from "../plan/update/frontFields";
import { mergeEntries, type MergeSummary } from "../plan/update/merge";
import { readGoLive } from "../plan/validation/goLive";
import type { PlanSnapshot } from "../plan/snapshot";
import { buildPlanWorkbook } from "../workbook/build";
import type { WorkbookDescription } from "../workbook/types";
import { ARCHIVE_TABLE, NAMES } from "../workbook/layout";
import { renameSheets } from "../workbook/renameSheets";
import { copyMissingNames, copySheet } from "./copySheets";
import { parseReference, readPlanWorkbook } from "./read";
import { renderWorkbook } from "./render";

export interface UpdateOptions {
  /** A file path or "workbook", for messages. */
  source: string;
  /** The new go-live; the workbook's own when absent. */
  goLive?: Date;
  /** The new variant; the one stored in the workbook when absent. */
  variant?: Variant;
  /** The day of the update (archive dates). */
  today: Date;
}

export interface UpdateReport extends MergeSummary {
  goLive: Date;
  /** The user's own sheets carried over. */
  userSheets: string[];
  /** The user's own workbook names carried over. */
  userNames: string[];
  warnings: Text[];
}

/** Sheet key → the name the user gave that sheet, from where the plan's tables are. */
function sheetNamesByKey(snapshot: PlanSnapshot): Record<string, string> {
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

/**
 * Sheets of the old workbook that the plan wrote: those with its tables or its names, and the
 * sheets it knows by name only (Overblik, Tidslinje, the hidden ones). Everything else is the user's.
 */
function planSheets(old: ExcelJS.Workbook, snapshot: PlanSnapshot, description: WorkbookDescription): Set<string> {
  const owned = new Set(Object.values(sheetNamesByKey(snapshot)).map((n) => n.toLowerCase()));
  for (const sheet of description.sheets) if (OWNED_BY_NAME.has(sheet.kind)) owned.add(sheet.name.toLowerCase());
  const planNames = new Set<string>([...Object.values(NAMES), "Faseovergang12Klar", "Faseovergang23Klar", "Faseovergang34Klar"].map((n) => n.toLowerCase()));
  for (const { name, ranges } of old.definedNames.model as { name: string; ranges: string[] }[]) {
    const target = planNames.has(name.toLowerCase()) && ranges[0] ? parseReference(ranges[0]) : undefined;
    if (target) owned.add(target.sheet.toLowerCase());
  }
  for (const ws of old.worksheets) {
    const tables = (ws.getTables() as unknown as { table?: { name: string }; model?: { name: string } }[]).map((t) => (t.table ?? t.model)?.name ?? "");
    if (tables.some((name) => /^(Opgaver_|Kriterier_|Faser$|Implan_Metadata$|Arkiv$)/i.test(name))) owned.add(ws.name.toLowerCase());
  }
  return owned;
}

function goLiveOf(snapshot: PlanSnapshot, given: Date | undefined): Date {
  if (given) return given;
  const { date, problem } = readGoLive(snapshot);
  if (date) return date;
  throw new UserError({
    da: `Go-live i ${snapshot.source} kan ikke bruges (${problem?.da.replace(/\.$/, "")}); angiv go-live med --go-live.`,
    en: `Go-live in ${snapshot.source} cannot be used (${problem?.en.replace(/\.$/, "")}); give go-live with --go-live.`,
  });
}

export function updatePlanWorkbook(old: ExcelJS.Workbook, options: UpdateOptions): { workbook: ExcelJS.Workbook; report: UpdateReport } {
  const snapshot = readPlanWorkbook(old, options.source);
  const oldVariant = storedVariant(snapshot.variantJson, options.source);
  const variant = options.variant ?? oldVariant;
  const goLive = goLiveOf(snapshot, options.goLive);
  const { entries, summary } = mergeEntries(snapshot, { oldVariant, newVariant: variant, today: options.today });
  const front = frontFields(snapshot);
  const built = buildPlanWorkbook({ goLive, lang: snapshot.lang, variant, municipality: front.municipality, solution: front.solution, wave: front.wave, entries });
  const description = renameSheets(built, sheetNamesByKey(snapshot));
  const workbook = renderWorkbook(description);
  const owned = planSheets(old, snapshot, description);
  const copies = old.worksheets.filter((ws) => !owned.has(ws.name.toLowerCase())).map((ws) => ({ from: ws.name, to: copySheet(ws, workbook).name }));
  const userNames = copyMissingNames(old, workbook);
  const warnings = [...front.warnings, ...tablelessThemeSheets(description, sheetNamesByKey(snapshot), copies)];
  return { workbook, report: { ...summary, goLive, userSheets: copies.map((c) => c.to), userNames, warnings } };
}

/**
 * A theme sheet whose task table was converted to a range is carried over as the user's own sheet,
 * and the theme's tasks start blank in the new plan: say so, or the entries look lost.
 */
function tablelessThemeSheets(description: WorkbookDescription, found: Record<string, string>, copies: { from: string; to: string }[]): Text[] {
  return description.sheets.flatMap((sheet): Text[] => {
    const copy = sheet.kind === "theme" && found[sheet.key] === undefined ? copies.find((c) => c.from.toLowerCase() === sheet.name.toLowerCase()) : undefined;
    if (!copy) return [];
    const table = sheet.tables[0]?.name;
    return [
      {
        da: `Arket "${copy.from}" havde ingen tabel ${table}, så dets rækker er overført som dit eget ark "${copy.to}", og temaets opgaver står uden poster i den nye plan; flyt posterne over, eller gør rækkerne til tabellen ${table} i den gamle fil, og kør implan update på den igen.`,
        en: `The sheet "${copy.from}" had no table ${table}, so its rows were carried over as your own sheet "${copy.to}" and the theme's tasks have no entries in the new plan; move the entries over, or make the rows the table ${table} in the old file and run implan update on it again.`,
      },
    ];
  });
}
