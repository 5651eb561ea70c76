/**
 * Catalogue of text: Danish letters and emoji in every text field (solution, variant, local tasks,
 * entries, a user's own column, a criterion's Begrundelse, the front sheet), and municipality and
 * solution names that would be illegal or too long as sheet names. Every one is kept exactly, by the
 * CLI and by the add-in, and none becomes a sheet name.
 */
import { parseIsoDate } from "../../src/plan/dates";
import { tableModel } from "../support/excelEdits";
import { type CliCase, runCliCase } from "./support/cliCase";
import { type GenerateCase, runGenerateCase } from "./support/generateCase";
import { FRONT, GEV, PRJ, TODAY } from "./support/plans";
import { REQUEST, fakePlanHost } from "./support/planHost";
import { sheet } from "./support/workbookEdits";

const EMOJI_TEXT = "Fælles Sag 2.0 – Ærø/Æbeltoft 🚀👩🏽‍💻 «ÆØÅ æøå»";
/** 40 characters with every character a sheet name may not hold. */
const NOT_A_SHEET_NAME = "Kommunernes [fælles]: løsning * ? / \\ 'x'";
const SHEETS = ["Forside", "Overblik", "Tidslinje", "Fase 1 Opstart", "Fase 2 Forberedelse", "Fase 3 Ibrugtagning", "Fase 4 Forankring"];

const variant = JSON.stringify({
  name: "Ærø-variant 🧭",
  localTasks: [{ id: "L-01", theme: "PRJ", title: `Lokal opgave: ${EMOJI_TEXT}`, phase: "F2" }],
  deviations: [{ field: "localTasks.L-01", description: "Tilføjet af Søren Ø. 🙂", approvedBy: "Styregruppen – Åse" }],
});

const generateCases: GenerateCase[] = [
  {
    title: "a solution name with Danish letters and emoji",
    input: { args: ["--go-live", "2027-03-01", "--kommune", "Ærø", "--losning", EMOJI_TEXT, "--out", "{dir}/plan.xlsx"] },
    expected: { code: 0, error: "", files: ["plan.xlsx"], cells: [{ file: "plan.xlsx", sheet: FRONT, address: "B6", text: EMOJI_TEXT }, { file: "plan.xlsx", sheet: FRONT, address: "B4", text: "Ærø" }] },
  },
  {
    title: "a solution name of 40 characters that no sheet may be named",
    input: { args: ["--go-live", "2027-03-01", "--kommune", "0101", "--losning", NOT_A_SHEET_NAME, "--out", "{dir}/plan.xlsx"] },
    expected: { code: 0, error: "", files: ["plan.xlsx"], cells: [{ file: "plan.xlsx", sheet: FRONT, address: "B6", text: NOT_A_SHEET_NAME }] },
  },
  {
    title: "a variant whose local task and deviation hold Danish letters and emoji",
    input: { args: ["--go-live", "2027-03-01", "--variant", "{dir}/variant.json", "--out", "{dir}/plan.xlsx"], files: { "variant.json": variant } },
    expected: { code: 0, error: "", files: ["plan.xlsx", "variant.json"], cells: [{ file: "plan.xlsx", sheet: PRJ, address: "B9", text: `Lokal opgave: ${EMOJI_TEXT}` }] },
  },
];

const cliCases: CliCase[] = [
  {
    title: "update keeps Danish letters and emoji in entries, a user's own column, a local task and a Begrundelse",
    input: {
      command: "update",
      typed: [
        { id: "F1-K1", header: "Begrundelse", value: `Delvist – ${EMOJI_TEXT}` },
        { id: "PRJ-03", header: "Udfører", value: "Ærlig Øjvind 🧑‍🔧" },
      ],
      edit: (wb) => {
        const ws = sheet(wb, GEV);
        const table = tableModel(ws, "Opgaver_GEV");
        table.columns.push({ name: "Ærinde 📝" });
        table.tableRef = "A4:K8";
        ws.getCell("K4").value = "Ærinde 📝";
        ws.getCell("K5").value = EMOJI_TEXT;
        ["L-07", "Ø-opgave 🏝️ på Ærø", "Fase 2 Forberedelse", "Åge", "", null, null, "I gang"].forEach((v, c) => (sheet(wb, PRJ).getCell(9, c + 1).value = v));
      },
    },
    expected: {
      code: 0,
      output: "Opdaterede {file}: go-live 01-03-2027; 5 opgaver med poster, 1 lokal opgave",
      keep: [
        { id: "GEV-01", header: "Ærinde 📝" },
        { id: "L-07", header: "Opgave" },
        { id: "L-07", header: "Ansvarlig" },
        { id: "L-07", header: "Status" },
      ],
    },
  },
  {
    title: "update keeps a municipality and solution typed on the front sheet that no sheet may be named",
    input: {
      command: "update",
      edit: (wb) => {
        const front = sheet(wb, FRONT);
        front.getCell("B4").value = `${NOT_A_SHEET_NAME} 🏛️`;
        front.getCell("B5").value = null;
        front.getCell("B6").value = NOT_A_SHEET_NAME;
      },
    },
    expected: {
      code: 0,
      output: "Opdaterede {file}: go-live 01-03-2027; 3 opgaver med poster",
      sheets: SHEETS,
      cells: [
        { sheet: FRONT, address: "B4", text: `${NOT_A_SHEET_NAME} 🏛️` },
        { sheet: FRONT, address: "B6", text: NOT_A_SHEET_NAME },
      ],
    },
  },
];

describe("Danish letters, emoji and unusual names through the CLI", () => {
  test.each(generateCases)("generate keeps $title exactly, as text", runGenerateCase);
  test.each(cliCases)("$title", runCliCase);
});

describe("Danish letters, emoji and unusual names through the add-in", () => {
  test("a plan created and updated with such a solution name reads back exactly, and no sheet is named after it", async () => {
    const { excel, host } = fakePlanHost();
    await host.createPlan({ ...REQUEST, solution: EMOJI_TEXT });
    expect(excel.inspect.cell(FRONT, "B6")?.value).toBe(EMOJI_TEXT);
    await host.updatePlan({ ...REQUEST, solution: NOT_A_SHEET_NAME, goLive: "2027-09-01" });
    expect(excel.inspect.cell(FRONT, "B6")).toMatchObject({ value: NOT_A_SHEET_NAME, formula: undefined });
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(expect.arrayContaining(SHEETS));
    expect(excel.inspect.sheets().map((s) => s.name)).not.toContain(NOT_A_SHEET_NAME);
    await expect(host.hasPlan()).resolves.toMatchObject({ solution: NOT_A_SHEET_NAME, goLive: "2027-09-01" });
  });

  test("entries typed with Danish letters and emoji come back from the open workbook exactly", async () => {
    const { excel, host } = fakePlanHost();
    await host.createPlan(REQUEST);
    excel.typeInto(PRJ, "D5", EMOJI_TEXT);
    excel.typeInto(PRJ, "J5", `'=${EMOJI_TEXT}`);
    const report = await host.readAndValidate({ today: parseIsoDate(TODAY) });
    expect(report.findings.filter((f) => f.sheet === PRJ && /^(D|J)5$/.test(f.cell))).toEqual([]);
    expect([excel.inspect.cell(PRJ, "D5")?.value, excel.inspect.cell(PRJ, "J5")?.value]).toEqual([EMOJI_TEXT, `=${EMOJI_TEXT}`]);
  });
});
