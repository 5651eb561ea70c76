/**
 * What moving the dates in place cannot redo: the hidden holiday list and the timeline's week
 * columns were sized for the old dates when the plan was made. When any of this applies, "Opdater
 * plan" re-plans the workbook instead (excelPlanHostUpdate.ts). Pure.
 */
import type { Text, Variant } from "../model/types";
import { fromExcelSerial, isExcelDateSerial } from "../plan/dates";
import { phaseWindows, type PhaseWindow } from "../plan/phases";
import { NAMES } from "../workbook/layout";
import { timelineWeeks } from "../workbook/timelineLayout";
import type { WorkbookView } from "../workbook/workbookView";
import { parseAddress, cellAddress } from "../workbook/address";

/** The years the workbook's Helligdage list covers; undefined when it cannot be read. */
function holidayYears(view: WorkbookView): Set<number> | undefined {
  const name = view.names.find((n) => n.name.toLowerCase() === NAMES.holidays.toLowerCase());
  const sheet = name && view.sheets.find((s) => s.name === name.sheet);
  if (!name || !sheet) return undefined;
  const [from, to = from] = name.range.replace(/\$/g, "").split(":");
  const [a, b] = [parseAddress(from), parseAddress(to)];
  const years = new Set<number>();
  for (let row = a.row; row <= b.row; row++) {
    const value = sheet.cell(cellAddress(a.column, row))?.value;
    if (typeof value === "number" && isExcelDateSerial(Math.floor(value))) years.add(fromExcelSerial(Math.floor(value)).getUTCFullYear());
  }
  return years;
}

export interface NoteInput {
  view: WorkbookView;
  windows: PhaseWindow[];
  variant: Variant;
  /** The plan's go-live and variant before the update, when the workbook had a usable go-live. */
  before?: { goLive: Date; variant: Variant };
}

export function updateNotes(input: NoteInput): Text[] {
  const notes: Text[] = [];
  const first = input.windows[0].start;
  const last = input.windows[input.windows.length - 1].end;
  const years = holidayYears(input.view);
  const missing: number[] = [];
  for (let year = first.getUTCFullYear(); years && year <= last.getUTCFullYear(); year++) if (!years.has(year)) missing.push(year);
  if (input.variant.workdaysOnly && missing.length > 0) {
    notes.push({
      da: `Listen over helligdage dækker ikke ${missing.join(", ")}, så frister i de år kan falde på en helligdag. Opdater planen med implan update på en kopi af filen for at få en ny liste.`,
      en: `The list of public holidays does not cover ${missing.join(", ")}, so deadlines in those years may fall on a holiday. Update the plan with implan update on a copy of the file to get a new list.`,
    });
  }
  if (input.before) {
    const weeks = timelineWeeks(input.windows).weeks;
    const room = timelineWeeks(phaseWindows(input.before.goLive, input.before.variant)).weeks;
    if (weeks > room) {
      notes.push({
        da: `Tidslinjen har plads til ${room} uger, men planen spænder nu over ${weeks}; de sidste ${weeks - room} uger vises ikke. Opdater planen med implan update på en kopi af filen for at få en længere tidslinje.`,
        en: `The timeline has room for ${room} weeks, but the plan now spans ${weeks}; its last ${weeks - room} weeks are not shown. Update the plan with implan update on a copy of the file for a longer timeline.`,
      });
    }
  }
  return notes;
}
