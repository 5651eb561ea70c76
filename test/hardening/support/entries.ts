/**
 * What a municipality typed into its plan, and a test-side way to find it again in any workbook:
 * rows are found by their ID under any header row that has "ID" and "Ansvarlig" or "Begrundelse"
 * (a task or criteria table, a table someone converted to a range, a copied sheet, the archive),
 * independently of the product's reader, so "nothing was lost or changed" is checked against the
 * file itself.
 */
import ExcelJS from "exceljs";
import { relativeSheetTargets } from "../../../src/xlsx/relTargets";

/** A value as the tests compare it: text, a number, or a date as { date: "yyyy-mm-dd" }. */
export type Typed = string | number | { date: string };

export interface TypedEntry {
  id: string;
  header: string;
  value: Typed;
}

/** Danish letters, emoji and quotes in every text column a user fills in. */
export const USER_ENTRIES: readonly TypedEntry[] = [
  { id: "PRJ-01", header: "Ansvarlig", value: "Søren Æblegård 🙂" },
  { id: "PRJ-01", header: "Udfører", value: "Åse Øster-Ålund" },
  { id: "PRJ-01", header: "Status", value: "Fuldført" },
  { id: "PRJ-01", header: "Fuldført dato", value: { date: "2026-07-15" } },
  { id: "PRJ-01", header: "Bemærkning", value: "Godkendt af styregruppen ✅ – «æøå» \"citat\"" },
  { id: "GEV-02", header: "Status", value: "I gang" },
  { id: "GEV-02", header: "Bemærkning", value: "Afventer bilag 📎 fra økonomi" },
  { id: "VID-01", header: "Ansvarlig", value: "Zoë Ærendrup 👩‍💻" },
];

const DAY_MS = 86_400_000;

/** "2026-07-15" → a UTC-midnight Date, the way ExcelJS writes a date cell. */
export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A cell value as the tests compare it; Excel serials in date cells come back as dates. */
export function normalize(value: ExcelJS.CellValue | undefined): Typed | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  if (typeof value === "object" && "result" in value) return normalize(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "error" in value) return String(value.error);
  return JSON.stringify(value);
}

function toCell(value: Typed): ExcelJS.CellValue {
  return typeof value === "object" ? utcDate(value.date) : value;
}

/** A serial (a date the test typed as a number) as the comparable date. */
export function serialDate(serial: number): Typed {
  return { date: new Date((serial - 25569) * DAY_MS).toISOString().slice(0, 10) };
}

interface FoundRow {
  sheet: string;
  row: ExcelJS.Row;
  columns: Map<string, number>;
}

/** Every row with an ID under a header row holding "ID" and "Ansvarlig" or "Begrundelse", on every sheet. */
export function taskRows(workbook: ExcelJS.Workbook): FoundRow[] {
  const found: FoundRow[] = [];
  for (const ws of workbook.worksheets) {
    let columns: Map<string, number> | undefined;
    ws.eachRow((row) => {
      const texts = (row.values as unknown[]).map((v) => (typeof v === "string" ? v.trim() : ""));
      if (texts.includes("ID") && (texts.includes("Ansvarlig") || texts.includes("Begrundelse"))) {
        columns = new Map(texts.flatMap((t, i) => (t ? [[t, i] as [string, number]] : [])));
        return;
      }
      const idColumn = columns?.get("ID");
      if (columns && idColumn !== undefined && normalize(row.getCell(idColumn).value) !== null) found.push({ sheet: ws.name, row, columns });
    });
  }
  return found;
}

/** The values found for (id, header) anywhere in the workbook, in sheet order. */
export function valuesOf(workbook: ExcelJS.Workbook, id: string, header: string): (Typed | null)[] {
  return taskRows(workbook)
    .filter((r) => normalize(r.row.getCell(r.columns.get("ID") as number).value) === id && r.columns.has(header))
    .map((r) => normalize(r.row.getCell(r.columns.get(header) as number).value));
}

/** Types the entries into the plan's rows, found by ID; throws when a row or column is missing. */
export function typeEntries(workbook: ExcelJS.Workbook, entries: readonly TypedEntry[]): void {
  for (const entry of entries) {
    const target = taskRows(workbook).find((r) => normalize(r.row.getCell(r.columns.get("ID") as number).value) === entry.id);
    const column = target?.columns.get(entry.header);
    if (!target || column === undefined) throw new Error(`No cell for ${entry.id} ${entry.header}`);
    target.row.getCell(column).value = toCell(entry.value);
  }
}

/** The entries that cannot be found, with exactly their value, anywhere in the workbook. */
export function missingEntries(workbook: ExcelJS.Workbook, entries: readonly TypedEntry[]): string[] {
  return entries
    .filter((e) => !valuesOf(workbook, e.id, e.header).some((v) => JSON.stringify(v) === JSON.stringify(e.value)))
    .map((e) => `${e.id} ${e.header} = ${JSON.stringify(e.value)} (found ${JSON.stringify(valuesOf(workbook, e.id, e.header))})`);
}

/** Loads any .xlsx with ExcelJS; openpyxl's absolute part paths made relative first, as the product does. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await relativeSheetTargets(bytes)) as unknown as ArrayBuffer);
  return workbook;
}
