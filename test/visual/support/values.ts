/** Values read back from a recalculated file; dates as Excel serials for arithmetic. */
import { UTCDate } from "@date-fns/utc";
import ExcelJS from "exceljs";
import { addDays, startOfISOWeek } from "date-fns";
import { fromExcelSerial, parseIsoDate, toExcelSerial, toIsoDate } from "../../../src/plan/dates";
import { asIsoDate } from "../../support/sheetRows";

/** A Date or serial read by ExcelJS → its serial; anything else → undefined. */
export function serialOf(value: unknown): number | undefined {
  const iso = asIsoDate(value);
  return iso === undefined ? undefined : toExcelSerial(parseIsoDate(iso));
}

/** The Monday of a serial's ISO week, by date-fns (independent of the product's arithmetic). */
export function mondayOf(serial: number): number {
  return toExcelSerial(startOfISOWeek(new UTCDate(fromExcelSerial(serial).getTime())));
}

/** yyyy-mm-dd, `days` after today's local date. */
export function isoFromToday(today: Date, days: number): string {
  return toIsoDate(addDays(new UTCDate(today.getTime()), days));
}

/**
 * A cell's recalculated value. ExcelJS's `cell.value.result` drops a formula's 0 and FALSE (so does
 * test/support's resultOf); `cell.result` keeps them.
 */
export function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}
