/**
 * Before creating a plan: one sync that reads which sheets, tables and names the workbook already
 * has, so a plan is never written over a plan or over the user's own sheets, and a workbook's lone
 * blank starting sheet ("Ark1") can be removed afterwards.
 */
import { UserError } from "../model/errors";
import { META_TABLE, NAMES } from "../workbook/layout";
import type { WorkbookDescription } from "../workbook/types";
import type { Supports } from "./host";
import { REQUIRES as SHAPES_API, queueShapes } from "./optional/shapes";

export interface WorkbookFacts {
  sheets: string[];
  tables: string[];
  names: string[];
  /** The workbook is one sheet with no cells, formats, tables, charts or shapes in use. */
  blankSheet?: string;
}

export async function readWorkbookFacts(context: Excel.RequestContext, supports: Supports): Promise<WorkbookFacts> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const first = workbook.worksheets.getFirst();
  first.load("name");
  const used = first.getUsedRangeOrNullObject(false);
  used.load("address");
  const charts = first.charts.load("items/name");
  const shapes = supports(SHAPES_API) ? queueShapes(first) : undefined;
  await context.sync();

  // Without a way to count shapes a picture could be lost, so such a sheet is kept.
  const blank = sheets.items.length === 1 && used.isNullObject && tables.items.length === 0 && charts.items.length === 0 && shapes !== undefined && shapes.items.length === 0;
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
    blankSheet: blank ? first.name : undefined,
  };
}

const same = (a: string, b: string) => a.toLocaleLowerCase("da") === b.toLocaleLowerCase("da");

export const PLAN_EXISTS = {
  da: 'Projektmappen har allerede en plan. Brug "Opdater plan" for at flytte datoer uden at miste indtastninger.',
  en: 'The workbook already has a plan. Use "Update plan" to move dates without losing entries.',
};

/** Throws a UserError when the description cannot be added to this workbook as it is. */
export function checkCanCreate(facts: WorkbookFacts, description: WorkbookDescription): void {
  if (facts.names.some((n) => same(n, NAMES.goLive)) || facts.tables.some((t) => same(t, META_TABLE))) throw new UserError(PLAN_EXISTS);
  const sheetClashes = description.sheets.map((s) => s.name).filter((name) => facts.sheets.some((s) => same(s, name)));
  if (sheetClashes.length > 0) {
    const list = sheetClashes.map((n) => `"${n}"`).join(", ");
    throw new UserError({
      da: `Projektmappen har allerede ark med de navne, planen skal bruge: ${list}. Omdøb eller slet dem, eller opret planen i en ny projektmappe.`,
      en: `The workbook already has sheets with the names the plan needs: ${list}. Rename or delete them, or create the plan in a new workbook.`,
    });
  }
  // Table names and workbook names share one namespace in Excel.
  const taken = [...facts.tables, ...facts.names];
  const wanted = [...description.sheets.flatMap((s) => s.tables.map((t) => t.name)), ...description.names.map((n) => n.name)];
  const nameClashes = wanted.filter((name) => taken.some((t) => same(t, name)));
  if (nameClashes.length > 0) {
    const list = nameClashes.map((n) => `"${n}"`).join(", ");
    throw new UserError({
      da: `Projektmappen bruger allerede navne, som planen skal bruge: ${list}. Omdøb dem (Formler > Navnestyring), eller opret planen i en ny projektmappe.`,
      en: `The workbook already uses names the plan needs: ${list}. Rename them (Formulas > Name Manager), or create the plan in a new workbook.`,
    });
  }
}
