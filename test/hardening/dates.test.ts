/**
 * Catalogue of bad dates: every malformed form of go-live (on the command line and in the go-live
 * cell) and of Fuldført dato, through the CLI and the add-in. Each says exactly what is wrong and
 * where, and nothing the user typed is lost or changed.
 */
import type ExcelJS from "exceljs";
import { type AddinCase, runAddinCase } from "./support/addinCase";
import { type CliCase, runCliCase } from "./support/cliCase";
import { type GenerateCase, runGenerateCase } from "./support/generateCase";
import { FRONT, PRJ } from "./support/plans";

const FORMS = "åååå-mm-dd eller dd-mm-åååå (også med . eller / mellem tallene)";

const goLiveFlag = (title: string, value: string, error: string): GenerateCase => ({
  title,
  input: { args: [`--go-live=${value}`, "--kommune", "Aarhus", "--out", "{dir}/plan.xlsx"] },
  expected: { code: 2, error, files: [] },
});

const generateCases: GenerateCase[] = [
  goLiveFlag("go-live written in words", "1. marts 2027", `"1. marts 2027" er ikke en dato. Skriv den som ${FORMS}, fx 2027-03-01.`),
  goLiveFlag("a go-live that does not exist", "2027-02-30", 'Datoen "2027-02-30" findes ikke. Skriv den som åååå-mm-dd, fx 2027-03-01.'),
  goLiveFlag("a 1900-era go-live", "1900-01-01", 'Året i "1900-01-01" ligger uden for 1990–2100. Skriv en dato fra 1990 til 2100 som åååå-mm-dd, fx 2027-03-01.'),
  goLiveFlag("a go-live given as an Excel serial", "46447", `"46447" er ikke en dato. Skriv den som ${FORMS}, fx 2027-03-01.`),
  goLiveFlag("a negative go-live", "-1", `"-1" er ikke en dato. Skriv den som ${FORMS}, fx 2027-03-01.`),
  goLiveFlag("a far-future go-live", "9999-12-31", 'Året i "9999-12-31" ligger uden for 1990–2100. Skriv en dato fra 1990 til 2100 som åååå-mm-dd, fx 2027-03-01.'),
  goLiveFlag("a go-live with a two-digit year", "01.03.27", `"01.03.27" er ikke en dato. Skriv den som ${FORMS}, fx 2027-03-01.`),
  goLiveFlag("an empty go-live", "", `Der mangler en dato. Skriv den som ${FORMS}, fx 2027-03-01.`),
];

const setGoLive = (value: ExcelJS.CellValue) => (workbook: ExcelJS.Workbook) => {
  (workbook.getWorksheet(FRONT) as ExcelJS.Worksheet).getCell("B8").value = value;
};

const goLiveCell = (title: string, value: ExcelJS.CellValue, message: string): CliCase => ({
  title: `validate reports ${title} as a finding at Forside!B8 and changes nothing`,
  input: { command: "validate", edit: setGoLive(value) },
  expected: { code: 1, finding: { rule: "go-live", sheet: FRONT, cell: "B8", message } },
});

const NOT_A_DATE = (shown: string) => `Go-live ${shown} er ikke en dato; skriv go-live-datoen som dato, fx 01-03-2027.`;
const IMPLAUSIBLE = (shown: string) => `Go-live ${shown} er ikke troværdig (året ligger uden for 1990–2100); ret datoen.`;

/** PRJ-02 set to Fuldført with `value` as its Fuldført dato (PRJ-01 keeps the user's real date). */
const completedOn = (value: string | number) => [
  { id: "PRJ-02", header: "Status", value: "Fuldført" },
  { id: "PRJ-02", header: "Fuldført dato", value },
];

const completedCell = (title: string, value: string | number, rule: string, message: string): CliCase => ({
  title: `validate reports ${title} at its cell and changes nothing`,
  input: { command: "validate", typed: completedOn(value) },
  expected: { code: rule === "completed-date-before-start" ? 0 : 1, finding: { rule, sheet: PRJ, cell: "I6", message } },
});

const cliCases: CliCase[] = [
  goLiveCell("a go-live cell holding a text date", "01.03.2027", 'Go-live "01.03.2027" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.'),
  goLiveCell("a go-live cell holding words", "efter sommerferien", NOT_A_DATE('"efter sommerferien"')),
  goLiveCell("a go-live cell holding a 1900-era serial", 1, IMPLAUSIBLE("01-01-1900")),
  goLiveCell("a go-live cell holding Excel's phantom 29-02-1900", 60, NOT_A_DATE('"60"')),
  goLiveCell("a go-live cell holding a negative number", -5, NOT_A_DATE('"-5"')),
  goLiveCell("a go-live cell holding the far future", 2958465, IMPLAUSIBLE("31-12-9999")),
  goLiveCell("a go-live cell holding TRUE", true, NOT_A_DATE('"true"')),
  goLiveCell("a go-live cell holding #REF!", { error: "#REF!" }, NOT_A_DATE("#REF!")),
  goLiveCell("an emptied go-live cell", null, "Go-live mangler; skriv go-live-datoen som dato, fx 01-03-2027."),
  {
    title: "update refuses a go-live cell holding a text date and changes nothing",
    input: { command: "update", edit: setGoLive("01.03.2027") },
    expected: {
      code: 2,
      error: 'Go-live i {file} kan ikke bruges (Go-live "01.03.2027" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato); angiv go-live med --go-live.',
    },
  },
  {
    title: "update with a go-live in words on the command line changes nothing",
    input: { command: "update", args: ["--go-live", "1. september"] },
    expected: { code: 2, error: `"1. september" er ikke en dato. Skriv den som ${FORMS}, fx 2027-03-01.` },
  },
  {
    title: "update mends a far-future go-live cell with --go-live and keeps every entry",
    input: { command: "update", edit: setGoLive(2958465), args: ["--go-live", "2027-09-01"] },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-09-2027; 3 opgaver med poster" },
  },
  completedCell("a Fuldført dato holding a text date", "15.08.2026", "completed-date-not-date", 'Fuldført dato "15.08.2026" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.'),
  completedCell("a Fuldført dato holding an ISO text date", "2026-08-15", "completed-date-not-date", 'Fuldført dato "2026-08-15" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.'),
  completedCell("a Fuldført dato holding words", "i går", "completed-date-not-date", 'Fuldført dato "i går" er ikke en dato; skriv datoen, opgaven blev fuldført, fx 01-03-2027.'),
  completedCell("a Fuldført dato holding a 1900-era serial", 1, "completed-date-before-start", "Fuldført dato 01-01-1900 ligger før planens start (01-06-2026); tjek, at årstallet er rigtigt."),
  completedCell("a Fuldført dato holding a negative number", -3, "completed-date-not-date", 'Fuldført dato "-3" er ikke en dato; skriv datoen, opgaven blev fuldført, fx 01-03-2027.'),
  completedCell("a Fuldført dato in the far future", 2958465, "completed-date-future", "Fuldført dato 31-12-9999 ligger efter i dag (01-10-2026); en opgave kan ikke være fuldført i fremtiden, så ret datoen."),
  {
    title: "update keeps a text Fuldført dato as the text it is",
    input: { command: "update", typed: completedOn("15.08.2026") },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 4 opgaver med poster" },
  },
  {
    title: "update keeps a negative Fuldført dato as the number it is",
    input: { command: "update", typed: completedOn(-3) },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 4 opgaver med poster" },
  },
];

const addinGoLive = (title: string, typed: string | number, message: string): AddinCase => ({
  title: `the add-in reports ${title}`,
  input: { edit: (excel) => excel.typeInto(FRONT, "B8", typed) },
  expected: { finding: { rule: "go-live", sheet: FRONT, cell: "B8", message } },
});

const addinCases: AddinCase[] = [
  addinGoLive("a go-live typed as text in the open workbook", "'01.03.2027", 'Go-live "01.03.2027" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.'),
  addinGoLive("a 1900-era go-live in the open workbook", 1, IMPLAUSIBLE("01-01-1900")),
  addinGoLive("a negative go-live in the open workbook", -5, NOT_A_DATE('"-5"')),
  addinGoLive("a far-future go-live in the open workbook", 2958465, IMPLAUSIBLE("31-12-9999")),
  {
    title: "the add-in reports a Fuldført dato typed as text in the open workbook",
    input: {
      edit: (excel, at) => {
        excel.typeInto(PRJ, at("PRJ-02", "Status").address, "Fuldført");
        excel.typeInto(PRJ, at("PRJ-02", "Fuldført dato").address, "'15.08.2026");
      },
    },
    expected: { finding: { rule: "completed-date-not-date", sheet: PRJ, cell: "I6", message: 'Fuldført dato "15.08.2026" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.' } },
  },
  {
    title: "the add-in reports a negative Fuldført dato in the open workbook",
    input: {
      edit: (excel, at) => {
        excel.typeInto(PRJ, at("PRJ-02", "Status").address, "Fuldført");
        excel.typeInto(PRJ, at("PRJ-02", "Fuldført dato").address, -3);
      },
    },
    expected: { finding: { rule: "completed-date-not-date", sheet: PRJ, cell: "I6", message: 'Fuldført dato "-3" er ikke en dato; skriv datoen, opgaven blev fuldført, fx 01-03-2027.' } },
  },
];

describe("bad dates on the command line", () => {
  test.each(generateCases)("generate refuses $title with one sentence and writes nothing", runGenerateCase);
});

describe("bad dates in a returned workbook, through the CLI", () => {
  test.each(cliCases)("$title", runCliCase);
});

describe("bad dates in the open workbook, through the add-in", () => {
  test.each(addinCases)("$title at its cell, and reading changes nothing", runAddinCase);
});
