/**
 * Catalogue of rollout CSVs as people save them: Windows-1252 from Danish Excel, UTF-8 with a BOM,
 * ";" and "," mixed, broken quotes, missing headers, bad rows. Good rows are written as plans with
 * the municipality's Danish name intact; bad rows and broken files are one sentence each, and a
 * plan already in the folder is kept as a backup, never silently replaced.
 */
import iconv from "iconv-lite";
import { type GenerateCase, runGenerateCase } from "./support/generateCase";

const ARGS = ["--rollout", "{dir}/udrulning.csv", "--out-dir", "{dir}/planer"];
const AERO = "planer/implementeringsplan-0492-aeroe.xlsx";
const KBH = "planer/implementeringsplan-0101-koebenhavn.xlsx";
const FORMS = "åååå-mm-dd eller dd-mm-åååå (også med . eller / mellem tallene)";

const csvCase = (title: string, csv: string | Uint8Array, expected: GenerateCase["expected"]): GenerateCase => ({
  title,
  input: { args: ARGS, files: { "udrulning.csv": csv } },
  expected,
});

const names = [
  { file: AERO, sheet: "Forside", address: "B4", text: "Ærø" },
  { file: KBH, sheet: "Forside", address: "B4", text: "København" },
];

const cases: GenerateCase[] = [
  csvCase("a CSV in Windows-1252 with ; from Danish Excel", iconv.encode("kommune;bølge;golive\r\nÆrø;1;01-03-2027\r\nKøbenhavn;2;2027-09-01\r\n", "win1252"), {
    code: 0,
    error: "",
    output: "2 planer skrevet i {dir}/planer; 0 linjer med fejl.",
    files: ["udrulning.csv", AERO, KBH],
    cells: names,
  }),
  csvCase("a UTF-8 CSV with a BOM and ,", "\uFEFFkommune,bølge,golive\nÆrø,1,01.03.2027\nKøbenhavn,2,1/9/2027\n", {
    code: 0,
    error: "",
    output: "2 planer skrevet i {dir}/planer; 0 linjer med fejl.",
    files: ["udrulning.csv", AERO, KBH],
    cells: names,
  }),
  csvCase("a CSV with ; and , mixed in one file", "kommune;bølge,golive\nÆrø,1;01-03-2027\nKøbenhavn;2,2027-09-01\n", {
    code: 0,
    error: "",
    output: "2 planer skrevet i {dir}/planer; 0 linjer med fejl.",
    files: ["udrulning.csv", AERO, KBH],
    cells: names,
  }),
  csvCase("a Windows-1252 CSV with an unknown municipality, a bad date and a bad wave", iconv.encode("kommune;bølge;golive\nÆrøskøbing;1;2027-03-01\nÆrø;1;30-02-2027\nKøbenhavn;2b;2027-09-01\nÆrø;1;2027-03-01\n", "win1252"), {
    code: 1,
    error: [
      'Linje 2: Ukendt kommune "Ærøskøbing". Angiv et kommunenavn eller en firecifret kommunekode, fx "Aarhus" eller "0751".',
      'Linje 3: Datoen "30-02-2027" findes ikke. Skriv den som dd-mm-åååå, fx 01-03-2027.',
      'Linje 4: bølgen "2b" er ikke et helt tal, fx 1',
    ].join("\n"),
    output: "1 planer skrevet i {dir}/planer; 3 linjer med fejl.",
    files: ["udrulning.csv", AERO],
    cells: [names[0]],
  }),
  csvCase("a CSV without a header line", "Ærø;1;2027-03-01\n", { code: 2, error: "Udrulningsfilen mangler kolonnen kommune, bølge, golive. Første linje skal være: kommune;bølge;golive", files: ["udrulning.csv"] }),
  csvCase("an empty CSV", "", { code: 2, error: "Udrulningsfilen mangler kolonnen kommune, bølge, golive. Første linje skal være: kommune;bølge;golive", files: ["udrulning.csv"] }),
  csvCase("a CSV with a quote that is never closed", 'kommune;bølge;golive\n"Ærø;1;2027-03-01\n', {
    code: 2,
    error: 'Udrulningsfilen {dir}/udrulning.csv er ikke gyldig CSV: et citationstegn (") i linje 2 lukkes aldrig; luk det, eller fjern det.',
    files: ["udrulning.csv"],
  }),
  csvCase("a CSV with a quote inside a field", 'kommune;bølge;golive\nÆrø "Kommune";1;2027-03-01\n', {
    code: 2,
    error: 'Udrulningsfilen {dir}/udrulning.csv er ikke gyldig CSV: linje 2 har et citationstegn (") inde i et felt; sæt hele feltet i citationstegn, og skriv " som "".',
    files: ["udrulning.csv"],
  }),
  csvCase("a CSV whose go-live column holds Excel serials", "kommune;bølge;golive\nÆrø;1;46447\n", {
    code: 1,
    error: `Linje 2: "46447" er ikke en dato. Skriv den som ${FORMS}, fx 2027-03-01.`,
    output: "0 planer skrevet i {dir}/planer; 1 linjer med fejl.",
    files: ["udrulning.csv"],
  }),
  csvCase("formula-shaped municipalities, which reach no plan", 'kommune;bølge;golive\n"=HYPERLINK(""http://evil.example"")";1;2027-03-01\n@SUM(1);1;2027-03-01\n', {
    code: 1,
    error: [
      'Linje 2: Ukendt kommune "=HYPERLINK("http://evil.example")". Angiv et kommunenavn eller en firecifret kommunekode, fx "Aarhus" eller "0751".',
      'Linje 3: Ukendt kommune "@SUM(1)". Angiv et kommunenavn eller en firecifret kommunekode, fx "Aarhus" eller "0751".',
    ].join("\n"),
    output: "0 planer skrevet i {dir}/planer; 2 linjer med fejl.",
    files: ["udrulning.csv"],
  }),
  {
    title: "a filled-in plan already in the output folder, kept as a backup",
    input: { args: ARGS, files: { "udrulning.csv": "kommune;bølge;golive\nÆrø;1;2027-03-01\n", [AERO]: "the municipality's filled-in plan" } },
    expected: {
      code: 0,
      error: "",
      output: "  Sikkerhedskopi af den tidligere fil: {dir}/planer/implementeringsplan-0492-aeroe.bak.xlsx",
      files: ["udrulning.csv", AERO, "planer/implementeringsplan-0492-aeroe.bak.xlsx"],
      kept: { "planer/implementeringsplan-0492-aeroe.bak.xlsx": AERO },
    },
  },
];

describe("rollout CSVs as people save them", () => {
  test.each(cases)("generate --rollout with $title", runGenerateCase);
});
