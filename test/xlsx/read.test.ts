/** Reading a plan .xlsx with ExcelJS: values as the snapshot wants them, and one sentence for a bad file. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseVariant } from "../../src/model";
import { isUserError } from "../../src/model/errors";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readPlanFile } from "../../src/xlsx/read";
import { renderXlsx } from "../../src/xlsx/render";
import { tempDir } from "../support/cli";

async function planBytes(lang: "da" | "en" = "da"): Promise<Buffer> {
  return renderXlsx(buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang, variant: parseVariant({}) }));
}

async function edited(edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planBytes()) as unknown as ArrayBuffer);
  edit(workbook);
  const file = path.join(tempDir(), "plan.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

async function messageOf(file: string): Promise<string> {
  try {
    await readPlanFile(file);
  } catch (error) {
    if (isUserError(error)) return error.text.da;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("readPlanFile", () => {
  test("reads a generated plan: 34 tasks, 18 criteria, go-live and dates as Excel serials", async () => {
    const file = path.join(tempDir(), "plan.xlsx");
    writeFileSync(file, await planBytes());
    const { snapshot } = await readPlanFile(file);
    expect(snapshot.tasks).toHaveLength(34);
    expect(snapshot.criteria).toHaveLength(18);
    expect(snapshot.goLive).toEqual({ sheet: "Forside", cell: { address: "B8", value: toExcelSerial(parseIsoDate("2027-03-01")), numberFormat: "dd-mm-yyyy" } });
    const [first] = snapshot.tasks;
    expect(first.cells.deadline).toMatchObject({ address: "G5", value: toExcelSerial(parseIsoDate("2026-08-31")), formula: expect.stringContaining("FaseSlut") });
    expect(snapshot.phaseWindows.map((w) => w.label)).toEqual(["Fase 1 Opstart", "Fase 2 Forberedelse", "Fase 3 Ibrugtagning", "Fase 4 Forankring"]);
    expect(JSON.parse(snapshot.variantJson ?? "")).toMatchObject({ phase4Length: { months: 12 } });
  });

  test("reads an English plan with its English headers", async () => {
    const file = path.join(tempDir(), "plan.xlsx");
    writeFileSync(file, await planBytes("en"));
    const { snapshot } = await readPlanFile(file);
    expect(snapshot.lang).toBe("en");
    expect(snapshot.tasks[0].cells.status?.value).toBe("Not started");
  });

  test("reads rich text as text and a date with a time of day as a serial with a fraction", async () => {
    const file = await edited((workbook) => {
      const ws = workbook.getWorksheet("Projektstyring og -ledelse")!;
      ws.getCell("J5").value = { richText: [{ text: "Godkendt " }, { font: { bold: true }, text: "af direktionen" }] };
      ws.getCell("I5").value = new Date(Date.UTC(2026, 6, 1, 18));
    });
    const { snapshot } = await readPlanFile(file);
    const row = snapshot.tasks[0];
    expect(row.cells.note?.value).toBe("Godkendt af direktionen");
    expect(row.cells.completed?.value).toBeCloseTo(toExcelSerial(parseIsoDate("2026-07-01")) + 0.75, 6);
  });

  test("a plan whose model version is newer than the tool's is refused, naming both versions", async () => {
    const file = await edited((workbook) => {
      workbook.getWorksheet("Implan")!.getCell("B4").value = "2030.1";
    });
    expect(await messageOf(file)).toMatch(/version 2030\.1, men dette værktøj kender kun version 2018\.1/);
  });

  const badFiles: { title: string; bytes: () => Promise<Uint8Array>; message: RegExp }[] = [
    { title: "a zero-byte file", bytes: async () => new Uint8Array(), message: /er tom \(0 byte\) og er ikke en Excel-projektmappe/ },
    { title: "a CSV file renamed .xlsx", bytes: async () => Buffer.from("kommune;bølge;golive\nAarhus;1;01-03-2027\n"), message: /er ikke en Excel-projektmappe \(\.xlsx\)/ },
    {
      title: "a password-protected workbook (an OLE compound file)",
      bytes: async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      message: /er beskyttet med adgangskode eller i det gamle \.xls-format; gem den som \.xlsx uden adgangskode/,
    },
    { title: "a truncated workbook", bytes: async () => (await planBytes()).subarray(0, 20000), message: /kan ikke læses/ },
    {
      title: "a zip that is not a workbook",
      bytes: async () => new JSZip().file("hello.txt", "hej").generateAsync({ type: "uint8array" }),
      message: /er ikke en implementeringsplan/,
    },
  ];

  test.each(badFiles)("refuses $title with one sentence", async ({ bytes, message }) => {
    const file = path.join(tempDir(), "plan.xlsx");
    writeFileSync(file, await bytes());
    const text = await messageOf(file);
    expect(text).toMatch(message);
    expect(text.split(/[.;] [A-ZÆØÅ]/).length).toBe(1);
  });

  test("a file that does not exist is a UserError too", async () => {
    expect(await messageOf(path.join(tempDir(), "findes-ikke.xlsx"))).toMatch(/findes ikke/);
  });
});
