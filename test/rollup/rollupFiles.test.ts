import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { resolveMunicipality } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { rollupFiles } from "../../src/xlsx/rollupFiles";
import type { RollupProgress } from "../../src/xlsx/rollupSources";
import { tempDir } from "../support/cli";
import { editPlan, writePlan } from "./support/plans";

const today = parseIsoDate("2026-01-01");

describe("rollupFiles, as the bench and the add-in call it", () => {
  test("rolls up byte buffers (ArrayBuffer and Uint8Array) like files, reporting progress per file", async () => {
    const dir = tempDir();
    const aarhus = await fs.readFile(await writePlan(dir, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01", wave: 1 }));
    const odense = await fs.readFile(await writePlan(dir, { municipality: resolveMunicipality("Odense"), goLive: "2027-03-01", wave: 1, lang: "en" }));
    const arrayBuffer = aarhus.buffer.slice(aarhus.byteOffset, aarhus.byteOffset + aarhus.byteLength) as ArrayBuffer;
    const progress: RollupProgress[] = [];
    const { result, counts, xlsx, description } = await rollupFiles(
      [
        { name: "aarhus.xlsx", bytes: arrayBuffer },
        { name: "odense.xlsx", bytes: new Uint8Array(odense) },
      ],
      { today, onProgress: (p) => progress.push(p) },
    );
    expect(progress.map((p) => [p.index, p.total, p.read.name, p.read.kind])).toEqual([
      [1, 2, "aarhus.xlsx", "plan"],
      [2, 2, "odense.xlsx", "plan"],
    ]);
    expect(result.files.map((f) => [f.file, f.municipality?.name, f.outcome])).toEqual([
      ["aarhus.xlsx", "Aarhus", "read"],
      ["odense.xlsx", "Odense", "read"],
    ]);
    // An English plan's words are counted as the model's: "Not started" is "Ikke startet".
    expect(counts.total).toMatchObject({ tasks: 68, done: 0, notRelevant: 0 });
    expect(result.statusRows.every((r) => r.task.status.id === "ikke-startet")).toBe(true);
    expect(description.sheets.map((s) => s.name)[0]).toBe("Overblik");
    expect(xlsx?.length).toBeGreaterThan(10_000);
  });

  test("leaves the rendering out on request, for a host that writes the description itself", async () => {
    const dir = tempDir();
    const file = await writePlan(dir, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01" });
    expect((await rollupFiles([file], { today, render: false })).xlsx).toBeUndefined();
  });

  test("reports a workbook that is not a plan, and rolls up the others", async () => {
    const dir = tempDir();
    await writePlan(dir, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01" });
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Budget").addRow(["Post", "Beløb"]);
    await other.xlsx.writeFile(path.join(dir, "budget.xlsx"));
    const { result } = await rollupFiles([dir], { today });
    expect(result.files.map((f) => [path.basename(f.file ?? ""), f.outcome, f.message.da])).toEqual([
      ["budget.xlsx", "unreadable", expect.stringMatching(/budget\.xlsx er ikke en implementeringsplan/)],
      ["implementeringsplan-0751-aarhus.xlsx", "read", ""],
    ]);
  });

  test("skips the backups implan keeps next to a plan instead of counting them as duplicates", async () => {
    const dir = tempDir();
    const plan = await writePlan(dir, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01" });
    await fs.copyFile(plan, plan.replace(/\.xlsx$/, ".bak.xlsx"));
    await fs.copyFile(plan, plan.replace(/\.xlsx$/, ".bak-20270115-093000.xlsx"));
    const { result } = await rollupFiles([dir], { today, render: false });
    expect(result.files.map((f) => [path.basename(f.file ?? ""), f.outcome])).toEqual([
      ["implementeringsplan-0751-aarhus.bak-20270115-093000.xlsx", "skipped"],
      ["implementeringsplan-0751-aarhus.bak.xlsx", "skipped"],
      ["implementeringsplan-0751-aarhus.xlsx", "read"],
    ]);
    expect(result.files[1].message.da).toMatch(/er en sikkerhedskopi fra implan og er sprunget over/);
  });

  test("finds the municipality from its code when the name was cleared, and says so", async () => {
    const dir = tempDir();
    await editPlan(await writePlan(dir, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01" }), { front: { Kommune: null } });
    await editPlan(await writePlan(dir, { municipality: resolveMunicipality("Odense"), goLive: "2027-03-01" }), { front: { Kommune: "Aalborg" } });
    const { result } = await rollupFiles([dir], { today });
    expect(result.files.map((f) => [f.municipality?.name, f.outcome, f.warnings])).toEqual([
      ["Odense", "read", 1],
      ["Aarhus", "read", 1],
    ]);
    expect(result.findings.map((f) => f.message.da)).toEqual([
      'Forsidens kommunenavn og kommunekode passer ikke sammen ("Aalborg 0461"); planen er lagt til Odense (0461) ud fra koden. Ret navnet eller koden.',
      "Kommunens navn mangler på forsiden; planen er lagt til Aarhus (0751) ud fra kommunekoden. Skriv navnet igen.",
    ]);
  });

  test("passes over Excel's lock files and hidden files in a folder, with a warning", async () => {
    const dir = tempDir();
    await writePlan(dir, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01" });
    await fs.writeFile(path.join(dir, "~$implementeringsplan-0751-aarhus.xlsx"), "lock");
    await fs.writeFile(path.join(dir, ".DS_Store"), "x");
    const { result } = await rollupFiles([dir], { today });
    expect(result.files.map((f) => [path.basename(f.file ?? ""), f.outcome, f.errors, f.warnings])).toEqual([
      [".DS_Store", "skipped", 0, 1],
      ["~$implementeringsplan-0751-aarhus.xlsx", "skipped", 0, 1],
      ["implementeringsplan-0751-aarhus.xlsx", "read", 0, 0],
    ]);
  });
});
