/**
 * The Validering sheet as a sheet description: when and what was checked, messages from the
 * ribbon, the gate of each phase transition and a table of findings whose cell column links to the
 * cell. Written in the workbook's language. Pure; excelPlanHostSheet.ts writes it.
 */
import { MODEL } from "../model";
import type { Lang } from "../model/types";
import { formatDanishDate, parseIsoDate } from "../plan/dates";
import { cell, formula, text } from "../workbook/cells";
import { newSheet } from "../workbook/sheet";
import type { CellValue, SheetDescription } from "../workbook/types";
import type { ValidationSheetInput } from "./planHost";

/** The findings table's name; also how the writer knows the sheet is its own to replace. */
export const VALIDATION_TABLE = "Implan_Validering";

export const VALIDATION_SHEET_NAME: Record<Lang, string> = { da: "Validering", en: "Validation" };

const WORDS = {
  title: { da: "Validering af implementeringsplanen", en: "Validation of the implementation plan" },
  checked: { da: "Kontrolleret", en: "Checked" },
  rewritten: { da: "Arket skrives forfra, hver gang planen valideres.", en: "The sheet is written anew each time the plan is validated." },
  error: { da: "Fejl", en: "Error" },
  warning: { da: "Advarsel", en: "Warning" },
  info: { da: "Besked", en: "Note" },
  gates: { da: "Faseovergange", en: "Phase transitions" },
  ready: { da: "Klar", en: "Ready" },
  notReady: { da: "Ikke klar", en: "Not ready" },
  findings: { da: "Fund", en: "Findings" },
  clean: { da: "Ingen fejl eller advarsler.", en: "No errors or warnings." },
  workbook: { da: "(projektmappen)", en: "(the workbook)" },
  headers: {
    da: ["Alvor", "Ark", "Celle", "ID", "Besked", "Regel"],
    en: ["Severity", "Sheet", "Cell", "ID", "Message", "Rule"],
  },
} as const;

const quoted = (value: string) => value.replace(/"/g, '""');

/** A link to a cell on a sheet, e.g. =HYPERLINK("#'Fase 1'!B5","B5"); plain text where it cannot link. */
export function cellLink(sheet: string, address: string): CellValue {
  if (sheet === "" || !/^\$?[A-Z]{1,3}\$?\d+$/i.test(address)) return text(address);
  const target = `#'${sheet.replace(/'/g, "''")}'!${address}`;
  return formula(`HYPERLINK("${quoted(target)}","${quoted(address)}")`, address);
}

export function validationSheet(input: ValidationSheetInput, lang: Lang): SheetDescription {
  const sheet = newSheet("validation", "validation", VALIDATION_SHEET_NAME[lang]);
  sheet.columnWidths = [12, 28, 9, 10, 90, 24];
  const { report } = input;
  let row = 1;
  // Cells outside the table do not wrap: long texts run on over the empty cells to their right.
  const put = (values: CellValue[], style: "title" | "label" | "muted" | "heading") => {
    values.forEach((value, i) => sheet.cells.push(cell(`${String.fromCharCode(65 + i)}${row}`, value, i === 0 ? style : "body")));
    row++;
  };
  put([text(WORDS.title[lang])], "title");
  if (report) put([text(`${WORDS.checked[lang]} ${formatDanishDate(parseIsoDate(report.checkedOn))}`)], "muted");
  put([text(WORDS.rewritten[lang])], "muted");
  for (const message of input.messages ?? []) put([text(WORDS[message.intent === "error" ? "error" : "info"][lang]), text(message.text[lang])], "label");
  if (!report) return sheet;

  row++;
  put([text(WORDS.gates[lang])], "heading");
  for (const gate of report.gates) {
    const name = MODEL.transitions.find((t) => t.id === gate.transition)?.name[lang] ?? gate.transition;
    put([text(name), text(gate.ready ? WORDS.ready[lang] : WORDS.notReady[lang]), text(gate.reasons.map((r) => r[lang]).join("; "))], "label");
  }
  row++;
  put([text(WORDS.findings[lang])], "heading");
  if (report.findings.length === 0) {
    put([text(WORDS.clean[lang])], "label");
    return sheet;
  }
  sheet.tables.push({
    name: VALIDATION_TABLE,
    topLeft: `A${row}`,
    columns: WORDS.headers[lang].map((header, i) => ({ key: `c${i}`, header, width: sheet.columnWidths[i], style: i === 4 ? "wrap" : "body" })),
    rows: report.findings.map((f) => [
      text(WORDS[f.severity][lang]),
      text(f.sheet || WORDS.workbook[lang]),
      cellLink(f.sheet, f.cell),
      text(f.task ?? ""),
      text(f.message[lang]),
      text(f.rule),
    ]),
    style: "TableStyleLight9",
  });
  return sheet;
}
