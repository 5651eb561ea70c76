/**
 * Hardening with a real spreadsheet engine: plans saved again by LibreOffice (headless soffice) read,
 * validate and update without losing an entry; and formula-shaped text written by implan stays
 * text when LibreOffice opens and recalculates the workbook.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { implan, tempDir } from "../support/cli";
import { convertWithLibreOffice } from "../support/libreoffice";
import { type CliCase, runCliCase } from "../hardening/support/cliCase";
import { HOSTILE } from "../hardening/support/injection";
import { GEV, PRJ } from "../hardening/support/plans";
import { resaveWithLibreOffice } from "../hardening/support/resave";
import { merge, sheet } from "../hardening/support/workbookEdits";

const cases: CliCase[] = [
  {
    title: "a filled-in plan saved by LibreOffice validates with its findings at the same cells",
    input: { command: "validate", resave: resaveWithLibreOffice },
    expected: { code: 0, finding: { rule: "overdue", sheet: PRJ, cell: "G6", message: 'PRJ-02 skulle være fuldført senest 31-08-2026; fuldfør den og sæt status "Fuldført", aftal en ny frist, eller sæt "Ikke relevant" med en begrundelse.' } },
  },
  {
    title: "update of a plan saved by LibreOffice keeps every entry",
    input: { command: "update", args: ["--go-live", "2027-09-01"], resave: resaveWithLibreOffice },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-09-2027; 3 opgaver med poster" },
  },
  {
    title: "a text date in Fuldført dato survives LibreOffice as text and is found",
    input: { command: "validate", typed: [{ id: "PRJ-02", header: "Status", value: "Fuldført" }, { id: "PRJ-02", header: "Fuldført dato", value: "15.08.2026" }], resave: resaveWithLibreOffice },
    expected: { code: 1, finding: { rule: "completed-date-not-date", sheet: PRJ, cell: "I6", message: 'Fuldført dato "15.08.2026" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.' } },
  },
  {
    title: "merged cells saved by LibreOffice invent no entries on update",
    input: { command: "update", typed: [{ id: "PRJ-02", header: "Ansvarlig", value: "Fælles ansvar 🤝" }], edit: (wb) => merge(wb, PRJ, "D6:E7"), resave: resaveWithLibreOffice },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 4 opgaver med poster", empty: [{ id: "PRJ-02", header: "Udfører" }, { id: "PRJ-03", header: "Ansvarlig" }] },
  },
  {
    title: "a hidden task sheet saved by LibreOffice keeps its entries on update",
    input: { command: "update", edit: (wb) => void (sheet(wb, GEV).state = "hidden"), resave: resaveWithLibreOffice },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster" },
  },
];

describe("plans saved by LibreOffice", () => {
  test.each(cases)("$title", runCliCase);
});

/** One sheet as CSV, the values LibreOffice computed (Forside is sheet 1, PRJ sheet 8). LibreOffice names the file plan-<Sheet>.csv. */
function sheetCsv(file: string, outDir: string, sheetNumber: number): string {
  try {
    convertWithLibreOffice(file, outDir, `csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,${sheetNumber}`);
  } catch (error) {
    if (!/did not write/.test(String(error))) throw error;
  }
  const [csv] = readdirSync(outDir).filter((name) => name.endsWith(".csv"));
  return readFileSync(path.join(outDir, csv), "utf8");
}

describe("formula-shaped text opened in LibreOffice", () => {
  test("stays the text it is, on the front sheet and in task titles, after LibreOffice recalculates", async () => {
    const dir = tempDir();
    const variant = path.join(dir, "variant.json");
    const out = path.join(dir, "plan.xlsx");
    const localTasks = HOSTILE.map((title, i) => ({ id: `L-0${i + 1}`, theme: "PRJ", title, phase: "F2" }));
    writeFileSync(variant, JSON.stringify({ localTasks }));
    const result = await implan("generate", "--go-live", "2027-03-01", "--kommune", "Aarhus", "--losning", HOSTILE[0], "--variant", variant, "--out", out);
    expect(result.code).toBe(0);
    const rows = (sheetNumber: number) => parse(sheetCsv(out, path.join(dir, `csv${sheetNumber}`), sheetNumber), { relax_column_count: true }) as string[][];
    expect(rows(1).find((r) => r[0] === "Løsning")?.[1]).toBe(HOSTILE[0]);
    const locals = rows(8).filter((r) => r[0].startsWith("L-0"));
    expect(locals.map((r) => [r[0], r[1]])).toEqual(HOSTILE.map((payload, i) => [`L-0${i + 1}`, payload]));
  });
});
