/**
 * Re-plans a filled-in plan workbook: read its snapshot, sort every entry to its task (or to the
 * archive), build the plan again for the new go-live and variant, render it, and carry over the
 * user's own sheets and names. Works on ExcelJS workbooks in memory; the CLI does the file work.
 * The re-plan itself is src/workbook/replan.ts, shared with the add-in.
 */
import type ExcelJS from "exceljs";
import type { Text, Variant } from "../model/types";
import type { MergeSummary } from "../plan/update/merge";
import type { WorkbookDescription } from "../workbook/types";
import { planSheetNames, sheetNamesByKey } from "../workbook/planSheets";
import { replanDescription } from "../workbook/replan";
import { copyMissingNames, copySheet } from "./copySheets";
import { readPlanWorkbook, workbookView } from "./read";
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

export function updatePlanWorkbook(old: ExcelJS.Workbook, options: UpdateOptions): { workbook: ExcelJS.Workbook; report: UpdateReport } {
  const snapshot = readPlanWorkbook(old, options.source);
  const { description, goLive, summary, warnings: frontWarnings } = replanDescription(snapshot, options);
  const workbook = renderWorkbook(description);
  const owned = planSheetNames(workbookView(old, options.source), snapshot, description);
  const copies = old.worksheets.filter((ws) => !owned.has(ws.name.toLowerCase())).map((ws) => ({ from: ws.name, to: copySheet(ws, workbook).name }));
  const userNames = copyMissingNames(old, workbook);
  const warnings = [...frontWarnings, ...tablelessThemeSheets(description, sheetNamesByKey(snapshot), copies)];
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
