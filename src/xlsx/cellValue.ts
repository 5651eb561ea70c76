/** ExcelJS cell values as the snapshot's raw values: dates become Excel serials, rich text plain text. */
import type ExcelJS from "exceljs";
import { isCivilDate, MAX_EXCEL_SERIAL, toExcelSerial } from "../plan/dates";
import type { RawValue, SnapshotCell } from "../plan/snapshot";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days from Excel's epoch (1899-12-30) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * ExcelJS reads date-formatted numbers as Dates at UTC (serial 46447 → 2027-03-01T00:00Z). A whole
 * day goes back through toExcelSerial; a date with a time of day keeps its fraction.
 */
export function serialOfDate(date: Date): number | null {
  if (!Number.isFinite(date.getTime())) return null;
  const count = date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  // From 1900-03-01 (serial 61) on, the plain count is Excel's serial; toExcelSerial agrees there.
  return isCivilDate(date) && count >= 61 && count <= MAX_EXCEL_SERIAL ? toExcelSerial(date) : count;
}

function plain(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfDate(value);
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.error === "string") return { error: object.error };
    if (Array.isArray(object.richText)) return object.richText.map((run: { text?: string }) => run.text ?? "").join("");
    if (typeof object.text === "string") return object.text;
    if ("result" in object) return plain(object.result);
  }
  return null;
}

/**
 * The snapshot form of an ExcelJS cell: its value (a formula's result), formula and number format.
 * A cell covered by another cell's merge is empty, as Excel holds it: ExcelJS would answer with the
 * merge's value, so one name typed over D5:E6 would read as four entries.
 */
export function snapshotCell(cell: ExcelJS.Cell): SnapshotCell {
  if (cell.isMerged && cell.master.address !== cell.address) return { address: cell.address, value: null };
  const formula = cell.formula as string | undefined;
  const value = formula ? plain(cell.result) : plain(cell.value);
  const snapshot: SnapshotCell = { address: cell.address, value };
  if (formula) snapshot.formula = formula;
  if (cell.numFmt && cell.numFmt !== "General") snapshot.numberFormat = cell.numFmt;
  return snapshot;
}
