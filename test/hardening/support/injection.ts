/**
 * Formula injection, seen from the workbook: strings people and files control, shaped like
 * formulas, and checks that a workbook holds them as text and never as a formula.
 */
import ExcelJS from "exceljs";
import type { FakeExcel } from "../../fakes/host";

/** What an attacker types where a name, a note or a task title is expected. */
export const HOSTILE = ['=HYPERLINK("http://evil.example/x","Klik her")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)"] as const;

/** The payload without the sign that would make Excel read it as a formula. */
const core = (payload: string) => payload.replace(/^[=+@-]/, "");
/** Messages quote at most 40 characters of a value; its first 30 are enough to recognise it. */
const quotedPart = (payload: string) => payload.slice(0, 30);

export interface TextCell {
  sheet: string;
  address: string;
}

/**
 * Where a payload sits in the workbook: text cells holding exactly it, text cells quoting it inside
 * a longer sentence, and formulas holding it (which must never happen).
 */
export function hostileCells(workbook: ExcelJS.Workbook, payload: string): { text: TextCell[]; mentions: TextCell[]; formulas: string[] } {
  const text: TextCell[] = [];
  const mentions: TextCell[] = [];
  const formulas: string[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula as string | undefined;
        if (formula && formula.includes(core(payload))) formulas.push(`${ws.name}!${cell.address} =${formula}`);
        const isText = !formula && cell.type === ExcelJS.ValueType.String && typeof cell.value === "string";
        if (isText && cell.value === payload) text.push({ sheet: ws.name, address: cell.address });
        else if (isText && String(cell.value).includes(quotedPart(payload))) mentions.push({ sheet: ws.name, address: cell.address });
      }),
    );
  }
  return { text, mentions, formulas };
}

/** The same for the fake Excel host. */
export function hostileFakeCells(excel: FakeExcel, payload: string): { text: TextCell[]; mentions: TextCell[]; formulas: string[] } {
  const text: TextCell[] = [];
  const mentions: TextCell[] = [];
  const formulas: string[] = [];
  for (const { name } of excel.inspect.sheets()) {
    for (const cell of excel.inspect.cells(name)) {
      if (cell.formula?.includes(core(payload))) formulas.push(`${name}!${cell.address} ${cell.formula}`);
      const isText = cell.formula === undefined && typeof cell.value === "string";
      if (isText && cell.value === payload) text.push({ sheet: name, address: cell.address });
      else if (isText && String(cell.value).includes(quotedPart(payload))) mentions.push({ sheet: name, address: cell.address });
    }
  }
  return { text, mentions, formulas };
}
