import { copyFileSync, existsSync, mkdirSync, promises as fs, writeFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { resolveMunicipality } from "../../src/model";
import { implan, tempDir } from "../support/cli";
import { editPlan, writePlan } from "./support/plans";
import { openWorkbook, readTable, tableNames } from "./support/tables";
import { buildZip } from "./support/zip";

const m = resolveMunicipality;
const MB = 1024 * 1024;

/** Three clean plans (no overdue task on 2026-01-01, nothing mistyped) in a folder of their own. */
async function cleanFolder(): Promise<{ dir: string; plans: string; out: string }> {
  const dir = tempDir();
  const plans = path.join(dir, "retur");
  mkdirSync(plans);
  await writePlan(plans, { municipality: m("Aarhus"), goLive: "2027-03-01", wave: 1 });
  await writePlan(plans, { municipality: m("Odense"), goLive: "2027-03-01", wave: 1 });
  const aalborg = await writePlan(plans, { municipality: m("Aalborg"), goLive: "2027-09-01", wave: 2 });
  await editPlan(aalborg, { statuses: { "PRJ-01": "I gang", "PRJ-02": "I gang" }, assessments: { "F1-K1": ["Opfyldt", ""] } });
  return { dir, plans, out: path.join(dir, "status.xlsx") };
}

describe("implan rollup", () => {
  test("rolls clean plans up into the Status, Kriterier, Filer tables and the overview, with exit code 0", async () => {
    const { plans, out } = await cleanFolder();
    const result = await implan("rollup", plans, "--out", out, "--today", "2026-01-01");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\[1\/3\] retur\/implementeringsplan-0461-odense\.xlsx: Odense, 0 fejl, 0 advarsler$/m);
    expect(result.stdout).toMatch(/^\[3\/3\] retur\/implementeringsplan-0851-aalborg\.xlsx: Aalborg, 0 fejl, 0 advarsler$/m);
    expect(result.stdout).toContain(`Skrev ${out}: 3 kommuner, 3 med plan`);

    const workbook = await openWorkbook(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Overblik", "Kommuner", "Status", "Kriterier", "Filer", "Fund", "Udrulning"]);
    expect(tableNames(workbook).sort()).toEqual(["Bølger", "Bølgestatus", "Fasestatus", "Filer", "Fund", "Kommuner", "Kriterier", "Status", "Temastatus", "Udrulning"].sort());
    const status = readTable(workbook, "Status");
    expect(Object.keys(status[0])).toEqual(["Kommune", "Kommunekode", "Bølge", "Go-live", "ID", "Opgave", "Tema", "Fase", "Ansvarlig", "Status", "Deadline", "Forsinket"]);
    expect(status).toHaveLength(3 * 34);
    expect(status.filter((r) => r.Status === "I gang").map((r) => [r.Kommune, r.ID])).toEqual([
      ["Aalborg", "PRJ-01"],
      ["Aalborg", "PRJ-02"],
    ]);
    expect(readTable(workbook, "Kriterier")).toHaveLength(3 * 18);
    expect(readTable(workbook, "Filer").map((r) => [r.Fil, r.Kommune, r.Modelversion, r.Fejl, r.Advarsler, r.Besked])).toEqual([
      ["retur/implementeringsplan-0461-odense.xlsx", "Odense", "2018.1", 0, 0, null],
      ["retur/implementeringsplan-0751-aarhus.xlsx", "Aarhus", "2018.1", 0, 0, null],
      ["retur/implementeringsplan-0851-aalborg.xlsx", "Aalborg", "2018.1", 0, 0, null],
    ]);
  });

  test("prints one JSON object with files, municipalities and counts, and progress on stderr", async () => {
    const { plans, out } = await cleanFolder();
    const result = await implan("rollup", plans, "--out", out, "--today", "2026-01-01", "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.files.map((f: { municipality: { name: string } }) => f.municipality.name)).toEqual(["Odense", "Aarhus", "Aalborg"]);
    expect(json.municipalities.map((x: { code: string; wave: number }) => [x.code, x.wave])).toEqual([
      ["0461", 1],
      ["0751", 1],
      ["0851", 2],
    ]);
    expect(json.counts.total).toMatchObject({ municipalities: 3, withPlan: 3, tasks: 102, overdue: 0 });
    expect(result.stderr).toMatch(/^\[2\/3\] .*aarhus\.xlsx: Aarhus, 0 fejl, 0 advarsler$/m);
  });

  test("writes an English workbook on request", async () => {
    const { plans, out } = await cleanFolder();
    const result = await implan("rollup", plans, "--out", out, "--today", "2026-01-01", "--lang", "en");
    expect(result.stdout).toMatch(/Aalborg, 0 errors, 0 warnings/);
    const workbook = await openWorkbook(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Overview", "Municipalities", "Status", "Criteria", "Files", "Findings", "Rollout"]);
    expect(Object.keys(readTable(workbook, "Status")[0])).toEqual(["Municipality", "Municipality code", "Wave", "Go-live", "ID", "Task", "Theme", "Phase", "Responsible", "Status", "Deadline", "Overdue"]);
    expect(readTable(workbook, "Status").filter((r) => r.Status === "In progress")).toHaveLength(2);
  });

  test("reports every bad file in Filer and on the console, rolls up the rest and exits 1", async () => {
    const { dir, plans, out } = await cleanFolder();
    const aarhus = path.join(plans, "implementeringsplan-0751-aarhus.xlsx");
    copyFileSync(aarhus, path.join(plans, "zz-aarhus-kopi.xlsx"));
    await writePlan(plans, { municipality: m("Vejle"), goLive: "2027-03-01", wave: 1 });
    await editPlan(await writePlan(plans, { municipality: m("Kolding"), goLive: "2027-03-01" }), { front: { Kommune: null, Kommunekode: null } });
    await editPlan(await writePlan(plans, { municipality: m("Horsens"), goLive: "2027-03-01", wave: 1 }), { meta: { modelVersion: "2099.1" } });
    await editPlan(await writePlan(plans, { municipality: m("Herning"), goLive: "2027-03-01", wave: 1 }), { meta: { modelVersion: "2017.1" } });
    writeFileSync(path.join(plans, "noter.txt"), "husk at rykke Aalborg");
    writeFileSync(path.join(plans, "ødelagt.xlsx"), "ikke en projektmappe");
    const zeros = zlib.deflateRawSync(new Uint8Array(100 * MB));
    writeFileSync(path.join(plans, "bombe.xlsx"), buildZip(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].map((name) => ({ name, compressed: zeros, declaredSize: 100 * MB }))));
    const huge = path.join(plans, "kæmpe.xlsx");
    await fs.writeFile(huge, "");
    await fs.truncate(huge, 400 * MB);
    const csv = path.join(dir, "udrulning.csv");
    writeFileSync(csv, "kommune;bølge;golive\nAarhus;1;2027-03-01\nOdense;1;2027-03-01\nAalborg;2;2027-09-01\nHorsens;1;2027-03-01\nHerning;1;2027-03-01\nEsbjerg;2;2027-09-01\n");

    const result = await implan("rollup", plans, "--rollout", csv, "--out", out, "--today", "2026-01-01");
    expect(result.code).toBe(1);
    const filer = readTable(await openWorkbook(out), "Filer").map((r) => `${r.Fil ?? "–"} | ${r.Kommune ?? "–"} | ${r.Modelversion ?? "–"} | ${r.Resultat} | ${r.Fejl}/${r.Advarsler} | ${r.Besked ?? ""}`);
    const row = (start: string) => filer.find((line) => line.startsWith(start)) ?? `no row ${start}`;
    expect(row("retur/bombe.xlsx")).toMatch(/^retur\/bombe\.xlsx \| – \| – \| Kan ikke læses \| 1\/0 \| retur\/bombe\.xlsx kan ikke læses som regneark: .*zip-bombe\.$/);
    expect(row("retur/implementeringsplan-0630-vejle.xlsx")).toMatch(/\| Vejle \| 2018\.1 \| Ikke i udrulningen \| 1\/0 \| Vejle \(0630\) er ikke med i udrulningen udrulning\.csv/);
    expect(row("retur/implementeringsplan-0621-kolding.xlsx")).toMatch(/\| – \| 2018\.1 \| Ingen kommune \| [1-9]\d*\/\d+ \| Planen siger ikke, hvilken kommune den er for/);
    expect(row("retur/implementeringsplan-0615-horsens.xlsx")).toMatch(/\| – \| 2099\.1 \| Kan ikke læses \| 1\/0 \| .*version 2099\.1/);
    expect(row("retur/implementeringsplan-0657-herning.xlsx")).toMatch(/\| Herning \| 2017\.1 \| Læst \| 0\/1 \| Planen er lavet efter implementeringsmodellen version 2017\.1/);
    expect(row("retur/kæmpe.xlsx")).toMatch(/\| Kan ikke læses \| 1\/0 \| \/.*\/retur\/kæmpe\.xlsx kan ikke læses som regneark: den fylder 400 MB, mere end de tilladte 50 MB\.$/);
    expect(row("retur/noter.txt")).toMatch(/\| Sprunget over \| 0\/1 \| retur\/noter\.txt er ikke en Excel-projektmappe/);
    expect(row("retur/ødelagt.xlsx")).toMatch(/\| Kan ikke læses \| 1\/0 \| retur\/ødelagt\.xlsx er ikke en Excel-projektmappe \(\.xlsx\); gem den fra Excel/);
    expect(row("retur/zz-aarhus-kopi.xlsx")).toMatch(/\| Aarhus \| 2018\.1 \| Dublet \| 1\/0 \| Aarhus \(0751\) har også filen retur\/implementeringsplan-0751-aarhus\.xlsx/);
    expect(row("retur/implementeringsplan-0751-aarhus.xlsx")).toMatch(/\| Aarhus \| 2018\.1 \| Læst \| 0\/1 \| Aarhus \(0751\) har flere filer \(retur\/zz-aarhus-kopi\.xlsx\)/);
    expect(row("– | Esbjerg")).toMatch(/\| Mangler \| 1\/0 \| Der er ingen plan fra Esbjerg \(0561\) \(bølge 2\)/);
    // Horsens's file could not be read, so Horsens also has no plan: both are reported.
    expect(row("– | Horsens")).toMatch(/\| Mangler \| 1\/0 \| Der er ingen plan fra Horsens \(0615\) \(bølge 1\)/);
    expect(filer).toHaveLength(14);

    expect(result.stderr).toMatch(/^retur\/zz-aarhus-kopi\.xlsx: Aarhus \(0751\) har også filen/m);
    expect(result.stderr).toMatch(/^retur\/implementeringsplan-0630-vejle\.xlsx: Vejle \(0630\) er ikke med i udrulningen/m);
    expect(result.stderr).toMatch(/^Esbjerg: Der er ingen plan fra Esbjerg/m);
    expect(result.stdout).toMatch(/^\[1\/12\] retur\/bombe\.xlsx: retur\/bombe\.xlsx kan ikke læses som regneark: delen \[Content_Types\]\.xml pakkes ud \d+ gange \(højst 100\), som en zip-bombe\.$/m);
    expect(result.stdout).toMatch(/^\[12\/12\] retur\/ødelagt\.xlsx: retur\/ødelagt\.xlsx er ikke en Excel-projektmappe/m);

    const status = readTable(await openWorkbook(out), "Status");
    expect([...new Set(status.map((r) => r.Kommune))].sort()).toEqual(["Aalborg", "Aarhus", "Herning", "Odense", "Vejle"]);
  });

  const refusals: { title: string; args: (dir: string) => string[]; message: RegExp }[] = [
    { title: "no input", args: (dir) => ["--out", path.join(dir, "s.xlsx")], message: /missing required argument/ },
    { title: "an empty folder", args: (dir) => [dir, "--out", path.join(dir, "s.xlsx")], message: /Der er ingen filer at lægge sammen/ },
    { title: "an output folder that does not exist", args: (dir) => [dir, "--out", path.join(dir, "nope", "s.xlsx")], message: /Kan ikke skrive .*mappen .*nope findes ikke/ },
    { title: "an output path that is a folder", args: (dir) => [dir, "--out", dir], message: /det er en mappe/ },
    { title: "an input that does not exist", args: (dir) => [path.join(dir, "væk"), "--out", path.join(dir, "s.xlsx")], message: /væk findes ikke/ },
    { title: "a rollout file that does not exist", args: (dir) => [dir, "--rollout", path.join(dir, "u.csv"), "--out", path.join(dir, "s.xlsx")], message: /Kan ikke læse udrulningsfilen/ },
    { title: "an impossible status date", args: (dir) => [dir, "--today", "2027-02-30", "--out", path.join(dir, "s.xlsx")], message: /2027-02-30.*findes ikke/ },
  ];

  test.each(refusals)("refuses $title with exit code 2 and writes nothing", async ({ args, message }) => {
    const dir = tempDir();
    const result = await implan("rollup", ...args(dir));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(path.join(dir, "s.xlsx"))).toBe(false);
  });

  test("reads the rollout from an earlier rollup workbook's Udrulning table", async () => {
    const { dir, plans, out } = await cleanFolder();
    const csv = path.join(dir, "udrulning.csv");
    writeFileSync(csv, "kommune;bølge;golive\nAarhus;1;2027-03-01\nOdense;1;2027-03-01\nAalborg;2;2027-09-01\nEsbjerg;2;2027-09-01\n");
    expect((await implan("rollup", plans, "--rollout", csv, "--out", out, "--today", "2026-01-01")).code).toBe(1);
    const again = path.join(dir, "igen.xlsx");
    const result = await implan("rollup", plans, "--rollout", out, "--out", again, "--today", "2026-01-01");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Esbjerg: Der er ingen plan fra Esbjerg \(0561\) \(bølge 2\)/m);
    expect(readTable(await openWorkbook(again), "Udrulning").map((r) => r.Kommunekode)).toEqual(["0751", "0461", "0851", "0561"]);
  });
});
