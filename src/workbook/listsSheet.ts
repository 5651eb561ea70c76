/**
 * The hidden sheet of lists behind the drop-downs (statuses, assessments, phases) and the Danish
 * public holidays that WORKDAY skips. Each list is a workbook name so validations can point at it.
 */
import { addYears, endOfYear, startOfYear } from "date-fns";
import { MODEL } from "../model";
import { holidaysBetween } from "../plan/holidays";
import { toExcelSerial } from "../plan/dates";
import { cell, date, text } from "./cells";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { NAMES } from "./layout";
import { newSheet } from "./sheet";
import type { NameDescription, SheetDescription } from "./types";

/** Holidays are listed this many years either side of go-live, so a moved go-live still finds them. */
export const HOLIDAY_YEARS_AROUND_GO_LIVE = 3;

export function buildListsSheet(input: PlanInput): { sheet: SheetDescription; names: NameDescription[] } {
  const { lang } = input;
  const sheet = newSheet("lists", "lists", LABELS.listsSheet[lang]);
  sheet.visibility = "hidden";
  sheet.columnWidths = [16, 18, 24, 14, 28];
  const columns: { label: string; values: string[]; name: string; letter: string }[] = [
    { label: LABELS.listStatus[lang], values: MODEL.statuses.map((s) => s.label[lang]), name: NAMES.statusList, letter: "A" },
    { label: LABELS.listAssessment[lang], values: MODEL.assessments.map((a) => a.label[lang]), name: NAMES.assessmentList, letter: "B" },
    { label: LABELS.listPhase[lang], values: MODEL.phases.map((p) => p.label[lang]), name: NAMES.phaseList, letter: "C" },
  ];
  const names: NameDescription[] = [];
  for (const column of columns) {
    sheet.cells.push(cell(`${column.letter}1`, text(column.label), "label"));
    column.values.forEach((value, i) => sheet.cells.push(cell(`${column.letter}${i + 2}`, text(value))));
    names.push({ name: column.name, sheet: sheet.name, range: `$${column.letter}$2:$${column.letter}$${column.values.length + 1}` });
  }

  const from = startOfYear(addYears(input.goLive, -HOLIDAY_YEARS_AROUND_GO_LIVE));
  const to = endOfYear(addYears(input.goLive, HOLIDAY_YEARS_AROUND_GO_LIVE));
  const holidays = holidaysBetween(from, to);
  sheet.cells.push(cell("D1", text(LABELS.listHolidays[lang]), "label"), cell("E1", text(LABELS.listHolidayNames[lang]), "label"));
  holidays.forEach((holiday, i) => {
    sheet.cells.push(cell(`D${i + 2}`, date(toExcelSerial(holiday.date)), "date"), cell(`E${i + 2}`, text(holiday.name[lang])));
  });
  names.push({ name: NAMES.holidays, sheet: sheet.name, range: `$D$2:$D$${holidays.length + 1}` });
  return { sheet, names };
}
