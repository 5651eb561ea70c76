/**
 * Catalogue of workbooks whose structure was changed by many hands: merged cells over a task
 * table, a table converted to a plain range, a cleared header row, a copied sheet, hidden, very
 * hidden and protected sheets, sheet names of 31 characters and more. Through the CLI and the
 * add-in, each gives one clear sentence or a finding at a cell, and loses no entry.
 */
import type { AddinCase } from "./support/addinCase";
import { runAddinCase } from "./support/addinCase";
import { type CliCase, runCliCase } from "./support/cliCase";
import { FRONT, GEV, PRJ } from "./support/plans";
import { absoluteSheetTargets, clearHeaders, convertToRange, duplicateSheet, forceSheetName, merge, protect, sheet } from "./support/workbookEdits";
import { clearFakeHeaders, duplicateFakeSheet, hideFakeSheet, mergeFake, removeFakeTable } from "./support/fakeEdits";

const COPY = "Projektstyring og -ledelse (2)";
const OVERDUE_PRJ_02 = { rule: "overdue", sheet: PRJ, cell: "G6", message: 'PRJ-02 skulle være fuldført senest 31-08-2026; fuldfør den og sæt status "Fuldført", aftal en ny frist, eller sæt "Ikke relevant" med en begrundelse.' };
const EMPTY_STATUS = { rule: "status-value", sheet: PRJ, cell: "H7", message: 'Status er tom; vælg "Ikke startet", "I gang", "Fuldført" eller "Ikke relevant".' };
const TABLE_MISSING = {
  rule: "task-table-missing",
  sheet: "",
  cell: "Opgaver_PRJ",
  message:
    "Tabellen Opgaver_PRJ findes ikke i projektmappen, så PRJ-01, PRJ-02, PRJ-03 og PRJ-04 mangler. Er tabellen konverteret til et område, så markér rækkerne med overskrifterne, gør dem til en tabel igen (Indsæt > Tabel), og giv den navnet Opgaver_PRJ (Tabeldesign > Tabelnavn); er arket slettet, så kør implan update for at skrive opgaverne igen.",
};
const NO_ID_HEADER = `Tabellen "Opgaver_PRJ" på arket "${PRJ}" mangler kolonnen "ID"; giv kolonnen overskriften "ID" igen.`;
const DUPLICATE_ID = { rule: "task-id-duplicate", sheet: COPY, cell: "A5", message: `ID "PRJ-01" står også i '${PRJ}'!A5; giv hver opgave sit eget ID (en lokal kopi kan få et ID, der starter med "L-").` };
/** 31 UTF-16 units, as Excel counts them: Danish letters and an emoji. */
const NAME_31 = "Projektstyring Ærø-Ålbæk 2027🚀";
const NAME_40 = "Projektstyring og -ledelse i Aarhus 2027";

const cliCases: CliCase[] = [
  {
    title: "merged cells over a task table invent no entries in the cells they cover",
    input: { command: "update", typed: [{ id: "PRJ-02", header: "Ansvarlig", value: "Fælles ansvar 🤝" }], edit: (wb) => merge(wb, PRJ, "D6:E7") },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 4 opgaver med poster", empty: [{ id: "PRJ-02", header: "Udfører" }, { id: "PRJ-03", header: "Ansvarlig" }, { id: "PRJ-03", header: "Udfører" }] },
  },
  { title: "validate sees merged cells over the Status column as Excel does: the covered statuses are empty", input: { command: "validate", edit: (wb) => merge(wb, PRJ, "H6:H8") }, expected: { code: 1, finding: EMPTY_STATUS } },
  { title: "validate reports a task table converted to a plain range as one finding that says how to make it a table again", input: { command: "validate", edit: (wb) => convertToRange(wb, PRJ, "Opgaver_PRJ") }, expected: { code: 1, finding: TABLE_MISSING } },
  {
    title: "update carries a task table converted to a plain range over as the user's own sheet and says so",
    input: { command: "update", edit: (wb) => convertToRange(wb, GEV, "Opgaver_GEV") },
    expected: {
      code: 0,
      output: "Opdaterede {file}: go-live 01-03-2027; 2 opgaver med poster",
      lines: [
        `Arket "${GEV}" havde ingen tabel Opgaver_GEV, så dets rækker er overført som dit eget ark "${GEV} (2)", og temaets opgaver står uden poster i den nye plan; flyt posterne over, eller gør rækkerne til tabellen Opgaver_GEV i den gamle fil, og kør implan update på den igen.`,
      ],
      sheets: [GEV, `${GEV} (2)`],
    },
  },
  { title: "validate refuses a task table whose header row was cleared, naming the header to restore", input: { command: "validate", edit: (wb) => clearHeaders(wb, PRJ, "Opgaver_PRJ") }, expected: { code: 2, error: NO_ID_HEADER } },
  { title: "update refuses a task table whose header row was cleared and changes nothing", input: { command: "update", edit: (wb) => clearHeaders(wb, PRJ, "Opgaver_PRJ") }, expected: { code: 2, error: NO_ID_HEADER } },
  { title: "validate reports a copied task sheet as a duplicate ID at the copy", input: { command: "validate", edit: (wb) => void duplicateSheet(wb, PRJ, "Opgaver_PRJ") }, expected: { code: 1, finding: DUPLICATE_ID } },
  {
    title: "update of a copied task sheet keeps the entries of both copies",
    input: { command: "update", edit: (wb) => void duplicateSheet(wb, PRJ, "Opgaver_PRJ") },
    expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster, 0 lokale opgaver, 4 rækker arkiveret på arket Arkiv" },
  },
  { title: "validate reads a hidden task sheet like any other", input: { command: "validate", edit: (wb) => void (sheet(wb, PRJ).state = "hidden") }, expected: { code: 0, finding: OVERDUE_PRJ_02 } },
  { title: "update keeps the entries on a hidden task sheet", input: { command: "update", edit: (wb) => void (sheet(wb, PRJ).state = "hidden") }, expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster" } },
  { title: "validate reads a very hidden task sheet like any other", input: { command: "validate", edit: (wb) => void (sheet(wb, PRJ).state = "veryHidden") }, expected: { code: 0, finding: OVERDUE_PRJ_02 } },
  { title: "update keeps the entries on a very hidden task sheet", input: { command: "update", edit: (wb) => void (sheet(wb, PRJ).state = "veryHidden") }, expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster" } },
  { title: "validate reads a password-protected task sheet without its password", input: { command: "validate", edit: (wb) => protect(wb, PRJ) }, expected: { code: 0, finding: OVERDUE_PRJ_02 } },
  { title: "update keeps the entries on a password-protected task sheet", input: { command: "update", edit: (wb) => protect(wb, PRJ) }, expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster" } },
  { title: "update keeps a sheet renamed to 31 characters with Danish letters and an emoji", input: { command: "update", edit: (wb) => void (sheet(wb, PRJ).name = NAME_31) }, expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster", sheets: [NAME_31] } },
  {
    title: "validate refuses a sheet name over 31 characters, as a script may save it, with one sentence that names it",
    input: { command: "validate", edit: (wb) => forceSheetName(wb, PRJ, NAME_40) },
    expected: {
      code: 2,
      error: `{file} kan ikke læses som regneark: arket "${NAME_40}" har 40 tegn, og et arknavn må højst have 31; giv arket et andet navn, og gem filen igen.`,
    },
  },
  { title: "validate reads a plan whose sheets name their tables by absolute path, as openpyxl saves it", input: { command: "validate", resave: absoluteSheetTargets }, expected: { code: 0, finding: OVERDUE_PRJ_02 } },
  { title: "update keeps every entry of a plan whose sheets name their tables by absolute path", input: { command: "update", resave: absoluteSheetTargets }, expected: { code: 0, output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster" } },
  {
    title: "validate reports a deleted front sheet as one finding about the GoLive name",
    input: { command: "validate", edit: (wb) => wb.removeWorksheet(sheet(wb, FRONT).id) },
    expected: {
      code: 1,
      finding: { rule: "go-live", sheet: "", cell: "GoLive", message: "Navnet GoLive findes ikke længere i projektmappen; kør implan update med --go-live, så forsiden og navnet skrives igen." },
    },
  },
];

const addinCases: AddinCase[] = [
  { title: "a hidden task sheet in the open workbook", input: { edit: (excel) => hideFakeSheet(excel, PRJ, "Hidden") }, expected: { finding: OVERDUE_PRJ_02 } },
  { title: "a very hidden task sheet in the open workbook", input: { edit: (excel) => hideFakeSheet(excel, PRJ, "VeryHidden") }, expected: { finding: OVERDUE_PRJ_02 } },
  { title: "merged cells over the Status column in the open workbook", input: { edit: (excel) => mergeFake(excel, PRJ, "H6:H8") }, expected: { finding: EMPTY_STATUS } },
  { title: "a task table converted to a range in the open workbook", input: { edit: (excel) => removeFakeTable(excel, "Opgaver_PRJ") }, expected: { finding: TABLE_MISSING } },
  { title: "a task table whose header row was cleared in the open workbook", input: { edit: (excel) => clearFakeHeaders(excel, "Opgaver_PRJ") }, expected: { error: NO_ID_HEADER } },
  { title: "a copied task sheet in the open workbook", input: { edit: (excel) => duplicateFakeSheet(excel, PRJ, COPY, "Opgaver_PRJ") }, expected: { finding: DUPLICATE_ID } },
];

describe("workbooks whose structure was changed, through the CLI", () => {
  test.each(cliCases)("$title", runCliCase);
});

describe("workbooks whose structure was changed, through the add-in", () => {
  test.each(addinCases)("the add-in reads $title to its finding or sentence, and reading changes nothing", runAddinCase);
});
