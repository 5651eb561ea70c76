/**
 * A plan as plain, editable data in the shape readSnapshot reads (WorkbookView), and random edits
 * of it as fast-check arbitraries: cells set to values of any type, rows moved, deleted, copied
 * and typed under a table, columns inserted, headers renamed, tables and names removed or bent.
 */
import fc from "fast-check";
import type { RawValue, SnapshotCell } from "../../../src/plan/snapshot";
import { cellAddress, parseAddress } from "../../../src/workbook/address";
import type { WorkbookView } from "../../../src/workbook/workbookView";
import { descriptionView } from "../../support/descriptionView";
import { planDescription } from "./plans";

export interface PlainTable {
  name: string;
  topLeft: string;
  headers: string[];
  rows: SnapshotCell[][];
  below: SnapshotCell[][];
}

export interface PlainView {
  sheets: { name: string; tables: PlainTable[]; cells: Record<string, SnapshotCell> }[];
  names: { name: string; sheet: string; range: string }[];
}

/** The generated plan (with a local task) as a PlainView; every cell a table or sheet shows, by address. */
export function plainPlan(): PlainView {
  const view = descriptionView(planDescription({ variant: { localTasks: [{ id: "L-01", theme: "GEV", title: "Lokal", phase: "F2" }] } }));
  return {
    sheets: view.sheets.map((sheet, i) => {
      const cells: Record<string, SnapshotCell> = {};
      for (const address of ["B4", "B5", "B6", "B7", "B8"]) {
        const cell = sheet.cell(address);
        if (cell && i === 0) cells[address] = cell;
      }
      return { name: sheet.name, tables: sheet.tables.map((t) => ({ name: t.name, topLeft: t.topLeft, headers: [...t.headers], rows: t.rows, below: [] })), cells };
    }),
    names: view.names.map((n) => ({ ...n })),
  };
}

/** The view readSnapshot reads; cells are looked up in tables first, then among the sheet's own. */
export function toView(plain: PlainView): WorkbookView {
  return {
    source: "fuzz.xlsx",
    names: plain.names,
    sheets: plain.sheets.map((sheet) => {
      const cells = new Map(Object.entries(sheet.cells));
      for (const table of sheet.tables) for (const row of [...table.rows, ...table.below]) for (const cell of row) cells.set(cell.address, cell);
      return { name: sheet.name, tables: sheet.tables, cell: (address: string) => cells.get(address) };
    }),
  };
}

/** Values a host can hand over, the odd ones included (a crafted file can hold NaN or a huge number). */
export const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.constantFrom("Fuldført", "I gang", "Ikke relevant", "Ikke startet", "igang", "Fase 2 Forberedelse", "Opfyldt", "Delvist opfyldt", "PRJ-01", "L-01", "L-", "01.03.2027", "2027-03-01", "", "   "),
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.boolean(),
  fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "").map((error) => ({ error })),
);

const cellArb: fc.Arbitrary<Omit<SnapshotCell, "address">> = fc.record(
  { value: rawValue, formula: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), numberFormat: fc.option(fc.constantFrom("dd-mm-yyyy", "@", "0.00", "General", "[$-406]d. mmmm yyyy"), { nil: undefined }) },
  { requiredKeys: ["value"] },
);

export type Edit = (plain: PlainView) => void;

const pick = <T>(items: T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);
const tables = (plain: PlainView) => plain.sheets.flatMap((s) => s.tables);
/** Cells keep the address they are shown at: after a move, a row's cells say its new row. */
function readdress(table: PlainTable): void {
  const { row, column } = parseAddress(table.topLeft);
  [...table.rows, ...table.below].forEach((cells, r) => cells.forEach((cell, c) => (cell.address = cellAddress(column + c, row + 1 + r))));
}

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), cellArb).map(([t, r, c, cell]): Edit => (plain) => {
    const row = pick(pick(tables(plain), t)?.rows ?? [], r);
    if (row && row.length > 0) Object.assign(row[c % row.length], { formula: undefined, numberFormat: undefined }, cell);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([t, from, to]): Edit => (plain) => {
    const table = pick(tables(plain), t);
    if (!table || table.rows.length === 0) return;
    const [moved] = table.rows.splice(from % table.rows.length, 1);
    table.rows.splice(to % (table.rows.length + 1), 0, moved);
    readdress(table);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([t, r]): Edit => (plain) => {
    const table = pick(tables(plain), t);
    if (table && table.rows.length > 0) table.rows.splice(r % table.rows.length, 1);
    if (table) readdress(table);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([t, r, under]): Edit => (plain) => {
    const table = pick(tables(plain), t);
    const row = table && pick(table.rows, r);
    if (table && row) (under ? table.below : table.rows).push(row.map((cell) => ({ ...cell })));
    if (table) readdress(table);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 12 })).map(([t, c, header]): Edit => (plain) => {
    const table = pick(tables(plain), t);
    if (!table) return;
    const at = c % (table.headers.length + 1);
    table.headers.splice(at, 0, header);
    for (const row of [...table.rows, ...table.below]) row.splice(at, 0, { address: "A1", value: null });
    readdress(table);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("", "Id", "STATUS", "Fuldført dato ", "Completed date", "Kolonne1", "Opgave")).map(([t, c, header]): Edit => (plain) => {
    const table = pick(tables(plain), t);
    if (table && table.headers.length > 0) table.headers[c % table.headers.length] = header;
  }),
  fc.tuple(fc.nat(), fc.constantFrom("remove", "rename", "move")).map(([t, how]): Edit => (plain) => {
    const sheet = pick(plain.sheets.filter((s) => s.tables.length > 0), t);
    if (!sheet) return;
    if (how === "remove") sheet.tables.shift();
    else if (how === "rename") sheet.tables[0].name = `Tabel${t}`;
    else (pick(plain.sheets, t + 1) ?? sheet).tables.push(...sheet.tables.splice(0, 1));
  }),
  fc.tuple(fc.nat(), fc.constantFrom("$B$8", "B8:C9", "$Z$999", "A0", "XFE1", ""), fc.option(fc.string({ maxLength: 8 }), { nil: undefined })).map(([n, range, sheet]): Edit => (plain) => {
    const name = pick(plain.names, n);
    if (name) Object.assign(name, { range, sheet: sheet ?? name.sheet });
    if (n % 5 === 0) plain.names.splice(n % Math.max(1, plain.names.length), 1);
  }),
  fc.tuple(fc.constantFrom("B4", "B5", "B6", "B7", "B8"), cellArb).map(([address, cell]): Edit => (plain) => {
    plain.sheets[0].cells[address] = { address, ...cell };
  }),
);
