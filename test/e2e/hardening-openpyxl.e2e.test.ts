/**
 * Hardening against a workbook saved by another program: plans filled in and saved by a Python
 * script with openpyxl (Debian's python3-openpyxl, run with /usr/bin/python3) are read, validated
 * and updated without losing an entry; a sheet name openpyxl allows but Excel does not is one
 * sentence. A missing openpyxl fails the run loudly.
 */
import { type CliCase, runCliCase } from "../hardening/support/cliCase";
import { PRJ } from "../hardening/support/plans";
import { assertOpenpyxl, editWithOpenpyxl } from "../hardening/support/resave";

const PRJ_SHEET = `ws(${JSON.stringify(PRJ)})`;
const script = (code: string) => (file: string) => editWithOpenpyxl(file, code);

const cases: CliCase[] = [
  {
    title: "a status typed by an openpyxl script is a finding at its cell",
    input: { command: "validate", resave: script(`${PRJ_SHEET}["H7"] = "igang"`) },
    expected: { code: 1, finding: { rule: "status-value", sheet: PRJ, cell: "H7", message: 'Status "igang" er ikke en af de tilladte værdier; mente du "I gang"?' } },
  },
  {
    title: "a text date and a real date written by openpyxl are told apart",
    input: {
      command: "validate",
      resave: script(`s = ${PRJ_SHEET}\ns["H6"] = "Fuldført"\ns["I6"] = "15.08.2026"\ns["H7"] = "Fuldført"\ns["I7"] = datetime.datetime(2026, 8, 15)`),
    },
    expected: { code: 1, finding: { rule: "completed-date-not-date", sheet: PRJ, cell: "I6", message: 'Fuldført dato "15.08.2026" er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.' } },
  },
  {
    title: "update of a plan saved by openpyxl keeps every entry, the script's own too",
    input: { command: "update", args: ["--go-live", "2027-09-01"], resave: script(`${PRJ_SHEET}["J8"] = "Skrevet af et script – æøå 🐍"`) },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-09-2027; 4 opgaver med poster", keep: [{ id: "PRJ-04", header: "Bemærkning" }] },
  },
  {
    title: "a sheet renamed by openpyxl to 40 characters is one sentence that names it",
    input: { command: "validate", resave: script(`${PRJ_SHEET}.title = "Projektstyring og -ledelse i Aarhus 2027"`) },
    expected: {
      code: 2,
      error: '{file} kan ikke læses som regneark: arket "Projektstyring og -ledelse i Aarhus 2027" har 40 tegn, og et arknavn må højst have 31; giv arket et andet navn, og gem filen igen.',
    },
  },
];

describe("plans saved by openpyxl", () => {
  test("openpyxl is installed for Debian's python3", () => {
    expect(assertOpenpyxl).not.toThrow();
  });

  test.each(cases)("$title", runCliCase);
});
