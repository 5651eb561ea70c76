/**
 * Where a rollup goes in the open workbook, decided from what the workbook holds (rollupFacts): an
 * earlier rollup's sheets are replaced, an existing Udrulning sheet (the consultant's own plan of
 * waves) is kept as it is, and everything else is left alone. Anything that cannot be told apart
 * from the user's own work — a sheet or name the rollup needs that is not an earlier rollup's, or a
 * rollup table on a sheet that also holds other tables — stops the write before anything changes,
 * with a sentence saying what to do. Pure.
 */
import { UserError } from "../model/errors";
import { ROLLUP_TABLES } from "../workbook/rollup/layout";
import type { SheetDescription, WorkbookDescription } from "../workbook/types";
import { PIVOT_SHEET, type RollupFacts } from "./rollupFacts";

export interface RollupPlacement {
  /** The description's sheets to write, in order (all but a kept Udrulning sheet). */
  write: SheetDescription[];
  /** Sheets of an earlier rollup, deleted before the new ones are added. */
  replace: string[];
  /** Sheets kept as they are because they hold the Udrulning or Bølger table. */
  keep: string[];
  /** Names of an earlier rollup (Statusdato), deleted first. */
  dropNames: string[];
  /** An earlier rollup's Pivot sheet, deleted with the sheets it was made from. */
  dropPivotSheet: boolean;
  /** Why no PivotTable is made, when none is; undefined when one will be. */
  pivotSkipped?: "api" | "sheetTaken";
  /** A temporary sheet is needed while every visible sheet is replaced (Excel keeps one visible). */
  placeholder?: string;
  blankSheet?: string;
}

const ROLLOUT_TABLES: readonly string[] = [ROLLUP_TABLES.rollout, ROLLUP_TABLES.rolloutWaves];
const same = (a: string, b: string) => a.toLocaleLowerCase("da") === b.toLocaleLowerCase("da");
const isRollout = (table: string) => ROLLOUT_TABLES.some((t) => same(t, table));
const quoted = (names: Iterable<string>) => [...names].map((n) => `"${n}"`).join(", ");

function foreignTable(table: string, sheet: string): UserError {
  return new UserError({
    da: `Projektmappen har allerede en tabel ved navn "${table}" (på arket "${sheet}"), men den har ikke udrulningsstatussens kolonner på dette sprog. Omdøb tabellen, eller skriv status i en anden projektmappe.`,
    en: `The workbook already has a table named "${table}" (on the sheet "${sheet}"), but it lacks the rollout status's columns in this language. Rename the table, or write the status into another workbook.`,
  });
}

/** Sheets holding a table the description also has, split into kept (rollout) and replaced ones. */
function existingRollupSheets(facts: RollupFacts, description: WorkbookDescription): { keep: Set<string>; replace: Set<string> } {
  const keep = new Set<string>();
  const replace = new Set<string>();
  for (const table of description.sheets.flatMap((s) => s.tables)) {
    const found = facts.tables.find((t) => same(t.name, table.name));
    if (!found) continue;
    const headers = facts.headers.get(table.name.toLocaleLowerCase("da")) ?? [];
    // Extra columns a consultant added are fine; a missing one means it is not (this language's) rollup.
    if (!table.columns.every((c) => headers.some((h) => same(h, c.header)))) throw foreignTable(found.name, found.sheet);
    (isRollout(table.name) ? keep : replace).add(found.sheet);
  }
  const rollupTables = new Set(description.sheets.flatMap((s) => s.tables.map((t) => t.name.toLocaleLowerCase("da"))));
  for (const sheet of replace) {
    const others = facts.tables.filter((t) => same(t.sheet, sheet) && (!rollupTables.has(t.name.toLocaleLowerCase("da")) || isRollout(t.name)));
    if (others.length > 0) {
      throw new UserError({
        da: `Arket "${sheet}" er fra en tidligere udrulningsstatus, men har også tabellerne ${quoted(others.map((t) => t.name))}. Flyt dem til et andet ark, og prøv igen: arket skrives forfra.`,
        en: `The sheet "${sheet}" is from an earlier rollout status but also holds the tables ${quoted(others.map((t) => t.name))}. Move them to another sheet and try again: the sheet is written anew.`,
      });
    }
  }
  return { keep, replace };
}

function checkClashes(facts: RollupFacts, write: SheetDescription[], replace: Set<string>, description: WorkbookDescription): string[] {
  const gone = (sheet: string | undefined) => sheet === undefined || [...replace].some((r) => same(r, sheet));
  const sheetClashes = write.map((s) => s.name).filter((name) => facts.sheets.some((s) => same(s.name, name) && !gone(s.name)));
  if (sheetClashes.length > 0) {
    throw new UserError({
      da: `Projektmappen har allerede ark med de navne, udrulningsstatus skal bruge: ${quoted(sheetClashes)}. Omdøb dem, eller skriv status i en ny projektmappe.`,
      en: `The workbook already has sheets with the names the rollout status needs: ${quoted(sheetClashes)}. Rename them, or write the status into a new workbook.`,
    });
  }
  const dropNames: string[] = [];
  const nameClashes: string[] = [];
  for (const wanted of [...description.names.map((n) => n.name), ...write.flatMap((s) => s.tables.map((t) => t.name))]) {
    const name = facts.names.find((n) => same(n.name, wanted));
    if (!name) continue;
    // An earlier rollup's Statusdato points at a sheet being replaced (or nowhere): it goes too.
    if (gone(name.sheet) && description.names.some((n) => same(n.name, wanted))) dropNames.push(name.name);
    else nameClashes.push(wanted);
  }
  if (nameClashes.length > 0) {
    throw new UserError({
      da: `Projektmappen bruger allerede navne, som udrulningsstatus skal bruge: ${quoted(nameClashes)}. Omdøb dem (Formler > Navnestyring), eller skriv status i en ny projektmappe.`,
      en: `The workbook already uses names the rollout status needs: ${quoted(nameClashes)}. Rename them (Formulas > Name Manager), or write the status into a new workbook.`,
    });
  }
  return dropNames;
}

/** A sheet name no sheet has, for the placeholder. */
function freeName(facts: RollupFacts, base: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} ${i}`;
    if (!facts.sheets.some((s) => same(s.name, name))) return name;
  }
}

/** Throws a UserError when the rollup cannot be written without touching the user's own sheets. */
export function placeRollup(facts: RollupFacts, description: WorkbookDescription, pivotSupported: boolean): RollupPlacement {
  const { keep, replace } = existingRollupSheets(facts, description);
  const mixed = [...keep].filter((sheet) => replace.has(sheet));
  if (mixed.length > 0) {
    throw new UserError({
      da: `Arket ${quoted(mixed)} har både udrulningen og andre tabeller fra udrulningsstatus. Flyt tabellerne ${ROLLUP_TABLES.rollout} og ${ROLLUP_TABLES.rolloutWaves} til et ark for sig, og prøv igen.`,
      en: `The sheet ${quoted(mixed)} holds both the rollout and other rollout status tables. Move the tables ${ROLLUP_TABLES.rollout} and ${ROLLUP_TABLES.rolloutWaves} to a sheet of their own and try again.`,
    });
  }
  const write = description.sheets.filter((s) => keep.size === 0 || !s.tables.some((t) => isRollout(t.name)));
  const dropNames = checkClashes(facts, write, replace, description);
  const dropPivotSheet = facts.pivotSheet?.ours === true;
  const pivotSkipped = !pivotSupported ? "api" : facts.pivotSheet && !dropPivotSheet ? "sheetTaken" : undefined;
  const staying = facts.sheets.filter((s) => s.visible && !replace.has(s.name) && !(dropPivotSheet && same(s.name, PIVOT_SHEET)));
  return {
    write,
    replace: facts.sheets.map((s) => s.name).filter((name) => replace.has(name)),
    keep: [...keep],
    dropNames,
    dropPivotSheet,
    pivotSkipped,
    placeholder: staying.length === 0 && write.some((s) => s.visibility === "visible") ? freeName(facts, "Implan midlertidig") : undefined,
    blankSheet: facts.blankSheet,
  };
}
