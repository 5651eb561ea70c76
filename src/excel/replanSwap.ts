/**
 * How a re-plan puts the new plan in place of the old one, worked out before anything is written:
 * which sheets are the plan's (as `implan update` decides), the temporary names the new plan is
 * written under, the final sheet order (the user's sheets stay where they are, each new plan sheet
 * takes its old sheet's place), the workbook names to recreate and the user's formulas to put back.
 * Refuses, before any write, what would make the swap fail half-way. Pure.
 */
import { UserError } from "../model/errors";
import type { Text } from "../model/types";
import type { PlanSnapshot } from "../plan/snapshot";
import { PLAN_NAMES, planSheetNames } from "../workbook/planSheets";
import { renameSheets } from "../workbook/renameSheets";
import { renameTables } from "../workbook/renameTables";
import type { WorkbookDescription } from "../workbook/types";
import { keptReferences } from "./replanKeep";
import { withoutLeftovers } from "./replanLeftovers";
import { isTemporarySheet, isTemporaryTable, keyOfTemporarySheet, temporarySheetNames, temporaryTableNames } from "./replanNames";
import type { OpenWorkbookView } from "./readView";

/** A place in the sheet order: a new sheet (by its temporary name), a sheet of the user's, or an old plan sheet. */
export type OrderItem = { temp: string } | { user: string } | { old: string };

export interface SwapPlan {
  /** The final description with its sheets and tables under temporary names: what the write sync adds. */
  temporary: WorkbookDescription;
  /** The plan as it will stand. */
  final: WorkbookDescription;
  /** Each new sheet's temporary and final name, in description order. */
  sheets: { temp: string; final: string }[];
  tables: { temp: string; final: string; sheet: string }[];
  /** The old plan's sheets (leftovers of an interrupted re-plan included), to delete. */
  oldSheets: string[];
  /** The order while both plans stand: each new sheet right after the old one it replaces. */
  interim: OrderItem[];
  /** The order in the end: the interim one without the old sheets. */
  order: OrderItem[];
  /** Workbook names to delete before the swap: the plan's, and the user's that are added again. */
  removeNames: string[];
  userNames: { name: string; formula: string }[];
  formulas: { sheet: string; address: string; formula: string }[];
  notes: Text[];
}

const lower = (name: string) => name.toLocaleLowerCase("da");

/** "Arkiv (2)" for a plan sheet whose name one of the user's own sheets has. */
function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(lower(candidate)); i++) candidate = `${name.slice(0, 31 - ` (${i})`.length)} (${i})`;
  return candidate;
}

/** The final description with plan sheets renamed where a sheet of the user's has their name. */
function clearOfUserSheets(description: WorkbookDescription, userSheets: string[], notes: Text[]): WorkbookDescription {
  const taken = new Set([...userSheets, ...description.sheets.map((s) => s.name)].map(lower));
  const renames: Record<string, string> = {};
  for (const sheet of description.sheets) {
    if (!userSheets.some((u) => lower(u) === lower(sheet.name))) continue;
    renames[sheet.key] = freeName(sheet.name, taken);
    taken.add(lower(renames[sheet.key]));
    notes.push({
      da: `Dit eget ark "${sheet.name}" har det navn, planen bruger, så det står urørt, og planens ark hedder nu "${renames[sheet.key]}".`,
      en: `Your own sheet "${sheet.name}" has the name the plan uses, so it is left as it is and the plan's sheet is now called "${renames[sheet.key]}".`,
    });
  }
  return renameSheets(description, renames);
}

/** The workbook's sheets in order, each old plan sheet followed by the new sheet of its key; new sheets without one follow their predecessor. */
function interimOrder(view: OpenWorkbookView, owned: Set<string>, final: WorkbookDescription, places: Record<string, string>, temps: string[]): OrderItem[] {
  const keyOf = new Map(Object.entries(places).map(([key, name]) => [lower(name), key]));
  // A leftover of an interrupted re-plan stands where the sheet of its key belongs.
  for (const sheet of view.sheets) {
    const key = keyOfTemporarySheet(sheet.name);
    if (key && !keyOf.has(lower(sheet.name))) keyOf.set(lower(sheet.name), key);
  }
  // Sheets known by name only (Overblik, Tidslinje, the hidden ones) have their place by that name.
  for (const sheet of final.sheets) if (!keyOf.has(lower(sheet.name)) && places[sheet.key] === undefined) keyOf.set(lower(sheet.name), sheet.key);
  const tempOf = new Map(final.sheets.map((s, i) => [s.key, temps[i]]));
  const order: OrderItem[] = [];
  for (const sheet of view.sheets) {
    if (!owned.has(lower(sheet.name))) order.push({ user: sheet.name });
    else {
      order.push({ old: sheet.name });
      const temp = tempOf.get(keyOf.get(lower(sheet.name)) ?? "");
      if (temp && !order.some((o) => "temp" in o && o.temp === temp)) order.push({ temp });
    }
  }
  final.sheets.forEach((_, i) => {
    if (order.some((o) => "temp" in o && o.temp === temps[i])) return;
    const before = temps.slice(0, i).reverse().find((t) => order.some((o) => "temp" in o && o.temp === t));
    order.splice(before ? order.findIndex((o) => "temp" in o && o.temp === before) + 1 : 0, 0, { temp: temps[i] });
  });
  return order;
}

/** Throws when a name the plan needs belongs to a table or name of the user's that stays. */
function checkNamesFree(view: OpenWorkbookView, owned: Set<string>, final: WorkbookDescription): void {
  const onOwnedSheets = new Set(view.sheets.filter((s) => owned.has(lower(s.name))).flatMap((s) => s.tables.map((t) => lower(t.name))));
  const staying = view.tableNames.filter((t) => !onOwnedSheets.has(lower(t)) && !isTemporaryTable(t));
  const wanted = [...final.sheets.flatMap((s) => s.tables.map((t) => t.name)), ...final.names.map((n) => n.name)];
  const clashes = wanted.filter((name) => staying.some((t) => lower(t) === lower(name)));
  if (clashes.length === 0) return;
  const list = clashes.map((n) => `"${n}"`).join(", ");
  throw new UserError({
    da: `Planen kan ikke opdateres, fordi en af dine egne tabeller hedder det samme som planens: ${list}. Omdøb din tabel (Tabeldesign > Tabelnavn), og prøv igen; intet er ændret.`,
    en: `The plan cannot be updated because one of your own tables has a name the plan uses: ${list}. Rename your table (Table Design > Table Name) and try again; nothing was changed.`,
  });
}

/** `places` maps sheet keys to the sheets whose place the new sheet of that key takes. */
export function planSwap(view: OpenWorkbookView, snapshot: PlanSnapshot, description: WorkbookDescription, places: Record<string, string>): SwapPlan {
  const owned = planSheetNames(withoutLeftovers(view), snapshot, description);
  for (const sheet of view.sheets) if (isTemporarySheet(sheet.name)) owned.add(lower(sheet.name));
  const userSheets = view.sheets.filter((s) => !owned.has(lower(s.name))).map((s) => s.name);
  const notes: Text[] = [];
  const final = clearOfUserSheets(description, userSheets, notes);
  checkNamesFree(view, owned, final);
  const temps = temporarySheetNames(final.sheets.map((s) => s.key), view.sheets.map((s) => s.name));
  const tableNames = final.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const tempTables = temporaryTableNames(tableNames, [...view.tableNames, ...view.definedNames]);
  const temporary = renameTables(renameSheets(final, Object.fromEntries(final.sheets.map((s, i) => [s.key, temps[i]]))), tempTables);
  const kept = keptReferences(view, owned, final);
  const interim = interimOrder(view, owned, final, places, temps);
  return {
    temporary,
    final,
    sheets: final.sheets.map((s, i) => ({ temp: temps[i], final: s.name })),
    tables: final.sheets.flatMap((s, i) => s.tables.map((t) => ({ temp: tempTables[t.name], final: t.name, sheet: temps[i] }))),
    oldSheets: view.sheets.filter((s) => owned.has(lower(s.name))).map((s) => s.name),
    interim,
    order: interim.filter((item) => !("old" in item)),
    removeNames: [...new Set([...final.names.map((n) => n.name), ...view.definedNames.filter((n) => PLAN_NAMES.has(lower(n))), ...kept.userNames.map((n) => n.name)])],
    userNames: kept.userNames,
    formulas: kept.formulas,
    notes: [...notes, ...kept.notes],
  };
}
