/**
 * Conditional formats of a task table, so overdue and invalid entries stand out in Excel and in
 * LibreOffice without the add-in. Only comparisons, AND/OR, LEN/TRIM, ISNUMBER, INT and TODAY,
 * which both compute; words are the workbook's own status and phase labels. Each rule colours the
 * one cell to fix, so rules never overlap (LibreOffice and Excel resolve overlaps differently).
 */
import { MODEL } from "../model";
import type { Lang } from "../model/types";
import { cellAddress, columnLetter } from "./address";
import { COLORS } from "./styles";
import { taskColumn } from "./taskRows";
import { excelText } from "./taskFormulas";
import type { ConditionalFormat } from "./types";
import { statusLabel } from "./values";

/** Rows below the table that get the formats too, so rows typed under it are checked as well. */
export const FORMAT_SLACK_ROWS = 50;

const col = (key: Parameters<typeof taskColumn>[0]) => `$${columnLetter(taskColumn(key))}`;

/** Formats for task rows `firstRow`…`lastRow` (the table body plus slack). */
export function taskTableFormats(firstRow: number, lastRow: number, lang: Lang, priority = 1): ConditionalFormat[] {
  const ref = (key: Parameters<typeof taskColumn>[0]) => `${col(key)}${firstRow}`;
  const range = (key: Parameters<typeof taskColumn>[0]) => `${cellAddress(taskColumn(key), firstRow)}:${cellAddress(taskColumn(key), lastRow)}`;
  const is = (key: Parameters<typeof taskColumn>[0], value: string) => `${ref(key)}=${excelText(value)}`;
  const isNot = (key: Parameters<typeof taskColumn>[0], value: string) => `${ref(key)}<>${excelText(value)}`;
  const [done, notRelevant] = [statusLabel("fuldfoert", lang), statusLabel("ikke-relevant", lang)];
  const used = `${ref("id")}&${ref("task")}<>""`;
  const blank = (key: Parameters<typeof taskColumn>[0]) => `LEN(TRIM(${ref(key)}))=0`;
  const invalid = { fill: COLORS.invalidFill, fontColor: COLORS.invalidFont };
  const rules: Omit<ConditionalFormat, "priority">[] = [
    { range: range("status"), formula: `AND(${used},${MODEL.statuses.map((s) => isNot("status", s.label[lang])).join(",")})`, ...invalid },
    { range: range("phase"), formula: `AND(${used},${MODEL.phases.map((p) => isNot("phase", p.label[lang])).join(",")})`, ...invalid },
    {
      range: range("completed"),
      formula: `OR(AND(${is("status", done)},${blank("completed")}),AND(NOT(${blank("completed")}),NOT(ISNUMBER(${ref("completed")}))),AND(ISNUMBER(${ref("completed")}),INT(${ref("completed")})>TODAY()))`,
      ...invalid,
    },
    // A past date on a task that is not Fuldført: a warning, so yellow; exclusive of the red rule above.
    {
      range: range("completed"),
      formula: `AND(ISNUMBER(${ref("completed")}),INT(${ref("completed")})<=TODAY(),${isNot("status", done)})`,
      fill: COLORS.progressFill,
    },
    { range: range("note"), formula: `AND(${is("status", notRelevant)},${blank("note")})`, ...invalid },
    {
      range: range("deadline"),
      formula: `AND(ISNUMBER(${ref("deadline")}),${ref("deadline")}<TODAY(),${isNot("status", done)},${isNot("status", notRelevant)})`,
      fill: COLORS.overdueFill,
      bold: true,
    },
  ];
  return rules.map((rule, i) => ({ ...rule, priority: priority + i }));
}
