/** Building a plan with the entries of an earlier one: every entry lands at its task, in its table. */
import { parseVariant } from "../../src/model";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { emptyEntries, type PlanEntries } from "../../src/plan/update/entries";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { ARCHIVE_TABLE } from "../../src/workbook/layout";
import type { CellValue, SheetDescription, WorkbookDescription } from "../../src/workbook/types";

const serial = (iso: string) => toExcelSerial(parseIsoDate(iso));
const build = (entries?: PlanEntries): WorkbookDescription => buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}), entries });
const sheet = (d: WorkbookDescription, key: string) => d.sheets.find((s) => s.key === key) as SheetDescription;

function rowOf(d: WorkbookDescription, key: string, id: string): { cells: CellValue[]; headers: string[] } {
  const [table] = sheet(d, key).tables;
  const cells = table.rows.find((r) => r[0].kind === "text" && r[0].text === id);
  if (!cells) throw new Error(`No row ${id}`);
  return { cells, headers: table.columns.map((c) => c.header) };
}

const at = (row: { cells: CellValue[]; headers: string[] }, header: string) => row.cells[row.headers.indexOf(header)];

describe("a plan built with entries", () => {
  test("writes statuses, dates, notes and the user's own columns at their task", () => {
    const entries = emptyEntries();
    entries.tasks["PRJ-02"] = {
      id: "PRJ-02",
      cells: { status: { value: "Fuldført" }, completed: { value: serial("2026-07-01") }, note: { value: "=ikke en formel" }, responsible: { value: true } },
      extra: { Prioritet: { value: "Høj" } },
    };
    entries.extraColumns.Opgaver_PRJ = ["Prioritet"];
    const row = rowOf(build(entries), "theme:PRJ", "PRJ-02");
    expect(row.headers.slice(-2)).toEqual(["Bemærkning", "Prioritet"]);
    expect(at(row, "Status")).toEqual({ kind: "text", text: "Fuldført" });
    expect(at(row, "Fuldført dato")).toEqual({ kind: "date", serial: serial("2026-07-01") });
    expect(at(row, "Bemærkning")).toEqual({ kind: "text", text: "=ikke en formel" });
    expect(at(row, "Ansvarlig")).toEqual({ kind: "formula", formula: "TRUE" });
    expect(at(row, "Prioritet")).toEqual({ kind: "text", text: "Høj" });
    expect(at(rowOf(build(entries), "theme:PRJ", "PRJ-01"), "Prioritet")).toEqual({ kind: "empty" });
  });

  test("computes the cached dates of a row for the phase the user gave it", () => {
    const entries = emptyEntries();
    entries.tasks["PRJ-01"] = { id: "PRJ-01", cells: { phase: { value: "Fase 3 Ibrugtagning" } }, extra: {} };
    const row = rowOf(build(entries), "theme:PRJ", "PRJ-01");
    expect(at(row, "Fase")).toEqual({ kind: "text", text: "Fase 3 Ibrugtagning" });
    expect(at(row, "Start")).toMatchObject({ kind: "formula", result: serial("2027-03-01") });
    expect(at(row, "Deadline")).toMatchObject({ kind: "formula", result: serial("2027-03-14") });
  });

  test("moves a formula the user wrote to the row its task lands on", () => {
    const entries = emptyEntries();
    entries.tasks["PRJ-03"] = { id: "PRJ-03", cells: { note: { value: "x", formula: '"se "&D12', sourceRow: 12 } }, extra: {} };
    expect(at(rowOf(build(entries), "theme:PRJ", "PRJ-03"), "Bemærkning")).toEqual({ kind: "formula", formula: '"se "&D7', result: "x" });
  });

  test("appends local tasks typed into a table, with dates that follow their Fase", () => {
    const entries = emptyEntries();
    entries.localTasks.push({ id: "L-01", theme: "ORG", cells: { task: { value: "Lokal styregruppe" }, phase: { value: "Fase 2 Forberedelse" } }, extra: {} });
    const description = build(entries);
    const [table] = sheet(description, "theme:ORG").tables;
    expect(table.rows.map((r) => (r[0].kind === "text" ? r[0].text : ""))).toEqual(["ORG-01", "ORG-02", "ORG-03", "L-01"]);
    const row = rowOf(description, "theme:ORG", "L-01");
    expect(at(row, "Deadline")).toEqual({ kind: "formula", formula: 'IFERROR(INDEX(FaseSlut,MATCH(C8,FaseNavne,0)),"")', result: serial("2027-02-28") });
  });

  test("writes assessments and a user's own criterion into the phase's table", () => {
    const entries = emptyEntries();
    entries.criteria["F1-K2"] = { id: "F1-K2", cells: { assessment: { value: "Opfyldt" } }, extra: {} };
    entries.localCriteria.push({ id: "F1-EGEN", phase: "F1", cells: { criterion: { value: "Egen" }, assessment: { value: "Ikke opfyldt" } }, extra: {} });
    const [table] = sheet(build(entries), "phase:F1").tables;
    expect(table.rows.map((r) => r.slice(0, 3).map((v) => (v.kind === "text" ? v.text : "")))).toEqual([
      ["F1-K1", "Topledelsens involvering", "Ikke vurderet"],
      ["F1-K2", "Solid vurdering af forretningsmæssige forudsætninger og behov", "Opfyldt"],
      ["F1-K3", "God forståelse af løsningens kapacitet og begrænsninger", "Ikke vurderet"],
      ["F1-K4", "Omhyggeligt konstrueret business case, som er godt kommunikeret til relevante aktører", "Ikke vurderet"],
      ["F1-EGEN", "Egen", "Ikke opfyldt"],
    ]);
  });

  test("has an Arkiv sheet only when there is something to archive", () => {
    expect(build().sheets.some((s) => s.kind === "archive")).toBe(false);
    const entries = emptyEntries();
    entries.archive.push({
      id: "PRJ-04",
      cells: { task: { value: "Alloker ressourcer" }, note: { value: "gammel note" } },
      extra: { Prioritet: { value: "Lav" } },
      origin: "Projektstyring og -ledelse",
      reason: { da: "Fjernet", en: "Removed" },
      archivedOn: serial("2026-10-01"),
      deadline: { value: serial("2027-02-28"), formula: "IFERROR(…)", sourceRow: 8 },
    });
    entries.archiveExtraColumns = ["Prioritet"];
    const archive = build(entries).sheets.find((s) => s.kind === "archive") as SheetDescription;
    expect(archive.name).toBe("Arkiv");
    const [table] = archive.tables;
    expect(table.name).toBe(ARCHIVE_TABLE);
    expect(table.columns.map((c) => c.header).slice(-4)).toEqual(["Kilde", "Årsag", "Arkiveret", "Prioritet"]);
    const row = { cells: table.rows[0], headers: table.columns.map((c) => c.header) };
    expect(at(row, "Deadline")).toEqual({ kind: "date", serial: serial("2027-02-28") });
    expect(at(row, "Arkiveret")).toEqual({ kind: "date", serial: serial("2026-10-01") });
    expect(at(row, "Bemærkning")).toEqual({ kind: "text", text: "gammel note" });
  });
});
