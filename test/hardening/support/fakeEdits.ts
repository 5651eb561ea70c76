/**
 * The same structural changes as workbookEdits.ts, made in the fake Excel host's workbook the way
 * Excel leaves it (a merge keeps only its top-left value; a converted table leaves its cells).
 */
import { type Rect, parseRect } from "../../fakes/a1";
import type { FakeExcel } from "../../fakes/host";
import { type SheetState, key, newSheet, sameName } from "../../fakes/state";

function fakeSheet(excel: FakeExcel, name: string): SheetState {
  const found = excel.workbook.sheets.find((s) => sameName(s.name, name));
  if (!found) throw new Error(`No fake sheet ${name}`);
  return found;
}

function rect(address: string): Rect {
  const parsed = parseRect(address);
  if (!parsed) throw new Error(`Not a range: ${address}`);
  return parsed;
}

export function hideFakeSheet(excel: FakeExcel, name: string, visibility: "Hidden" | "VeryHidden"): void {
  fakeSheet(excel, name).visibility = visibility;
}

export function mergeFake(excel: FakeExcel, name: string, address: string): void {
  const sheet = fakeSheet(excel, name);
  const area = rect(address);
  for (let r = area.r1; r <= area.r2; r++) for (let c = area.c1; c <= area.c2; c++) if (r !== area.r1 || c !== area.c1) sheet.cells.delete(key(r, c));
  sheet.merges.push(area);
}

export function removeFakeTable(excel: FakeExcel, table: string): void {
  const tables = excel.workbook.tables;
  tables.splice(tables.findIndex((t) => t.name === table), 1);
}

export function clearFakeHeaders(excel: FakeExcel, table: string): void {
  const found = excel.workbook.tables.find((t) => t.name === table);
  if (!found) throw new Error(`No fake table ${table}`);
  for (let c = found.rect.c1; c <= found.rect.c2; c++) {
    const cell = found.sheet.cells.get(key(found.rect.r1, c));
    if (cell) cell.value = `Kolonne${c - found.rect.c1 + 1}`;
  }
}

/** Move or Copy > Create a copy: the sheet's cells and its table, under new names. */
export function duplicateFakeSheet(excel: FakeExcel, name: string, copyName: string, table: string): void {
  const source = fakeSheet(excel, name);
  const workbook = excel.workbook;
  const copy = newSheet(workbook, copyName);
  for (const [at, cell] of source.cells) copy.cells.set(at, structuredClone(cell));
  workbook.sheets.push(copy);
  const original = workbook.tables.find((t) => t.name === table);
  if (!original) throw new Error(`No fake table ${table}`);
  workbook.tables.push({ ...original, id: `{table-${workbook.nextId++}}`, name: `${table}2`, sheet: copy, rect: { ...original.rect } });
}
