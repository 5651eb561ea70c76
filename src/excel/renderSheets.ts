/**
 * The renderer's building blocks, queued without a sync: add a description's sheets, its workbook
 * names, each sheet's content, and hide the hidden ones. `renderDescription` (render.ts) uses them
 * for a new plan; the re-plan (replan.ts) uses them to write a plan under temporary sheet names and
 * add the names only once the sheets have their final ones.
 */
import type { NameDescription, SheetDescription, WorkbookDescription } from "../workbook/types";
import type { Supports } from "./host";
import { REQUIRES as VALIDATION_API, queueListValidations } from "./optional/validations";
import { sheetLayout } from "./sheetLayout";
import { queueSheetContent } from "./writeSheet";

/** The proxies of the sheets a batch added, by their name in the description. */
export type SheetProxies = Map<string, Excel.Worksheet>;

/** Adds every sheet at the end of the workbook, with its tab colour. */
export function addSheets(context: Excel.RequestContext, sheets: readonly SheetDescription[]): SheetProxies {
  const added: SheetProxies = new Map();
  for (const s of sheets) {
    const sheet = context.workbook.worksheets.add(s.name);
    if (s.tabColor) sheet.tabColor = `#${s.tabColor}`;
    added.set(s.name, sheet);
  }
  return added;
}

/** Adds workbook-scoped names on the given sheets (by the sheet name each name description gives). */
export function queueNames(context: Excel.RequestContext, names: readonly NameDescription[], sheets: SheetProxies): void {
  for (const n of names) {
    const sheet = sheets.get(n.sheet);
    if (!sheet) throw new Error(`Name ${n.name} points at a sheet the description lacks: ${n.sheet}`);
    context.workbook.names.add(n.name, sheet.getRange(n.range));
  }
}

/** Every sheet's values, tables, formats and (where Excel supports them) list validations. */
export function queueContent(description: WorkbookDescription, sheets: SheetProxies, supports: Supports): void {
  for (const s of description.sheets) {
    const sheet = sheets.get(s.name) as Excel.Worksheet;
    queueSheetContent(sheet, s, sheetLayout(s, description.styles));
    if (supports(VALIDATION_API)) queueListValidations(sheet, s.validations);
  }
}

/** Hides the sheets the description hides; Excel keeps one sheet visible, so activate a visible one first. */
export function queueVisibility(description: WorkbookDescription, sheets: SheetProxies): void {
  for (const s of description.sheets) {
    if (s.visibility !== "visible") (sheets.get(s.name) as Excel.Worksheet).visibility = s.visibility === "hidden" ? "Hidden" : "VeryHidden";
  }
}
