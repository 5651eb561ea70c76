/** Reading a plan from the host-neutral view: tables by name and header, whatever users did to them. */
import { isUserError } from "../../src/model/errors";
import type { RawValue, SnapshotCell } from "../../src/plan/snapshot";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { readSnapshot } from "../../src/workbook/readSnapshot";
import type { TableView, WorkbookView } from "../../src/workbook/workbookView";

const TASK_HEADERS = ["ID", "Opgave", "Fase", "Ansvarlig", "Udfører", "Start", "Deadline", "Status", "Fuldført dato", "Bemærkning"];

function table(name: string, topLeft: string, headers: string[], rows: RawValue[][], below: RawValue[][] = []): TableView {
  const { column, row } = parseAddress(topLeft);
  const cells = (values: RawValue[], r: number): SnapshotCell[] => values.map((value, c) => ({ address: cellAddress(column + c, r), value }));
  return {
    name,
    topLeft,
    headers,
    rows: rows.map((values, i) => cells(values, row + 1 + i)),
    below: below.map((values, i) => cells(values, row + 1 + rows.length + i)),
  };
}

function view(tables: TableView[], extra: Partial<WorkbookView> = {}): WorkbookView {
  const meta = table("Implan_Metadata", "A2", ["Key", "Value"], [["format", "implan-plan/1"], ["modelVersion", "2018.1"], ["lang", "da"]]);
  return {
    source: "plan.xlsx",
    sheets: [
      { name: "Opgaver", tables, cell: (address) => ({ address, value: address === "B8" ? 46447 : null }) },
      { name: "Implan", tables: [meta], cell: () => undefined },
    ],
    names: [{ name: "GoLive", sheet: "Opgaver", range: "$B$8" }],
    ...extra,
  };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error.text.da;
    throw error;
  }
  throw new Error("expected a UserError");
}

const row = (id: string, status = "Ikke startet"): RawValue[] => [id, "Udpeg projektejer", "Fase 1 Opstart", null, null, 46174, 46265, status, null, null];

describe("readSnapshot", () => {
  test("reads every row with its sheet, table, row number and cell addresses", () => {
    const snapshot = readSnapshot(view([table("Opgaver_PRJ", "A4", TASK_HEADERS, [row("PRJ-02"), row("PRJ-01", "I gang")])]));
    expect(snapshot.tasks.map((t) => [t.sheet, t.table, t.row, t.cells.id?.value, t.cells.status?.address])).toEqual([
      ["Opgaver", "Opgaver_PRJ", 5, "PRJ-02", "H5"],
      ["Opgaver", "Opgaver_PRJ", 6, "PRJ-01", "H6"],
    ]);
    expect(snapshot.goLive).toEqual({ sheet: "Opgaver", cell: { address: "B8", value: 46447 } });
    expect(snapshot).toMatchObject({ format: "implan-plan/1", modelVersion: "2018.1", lang: "da" });
  });

  test("finds columns by header wherever they are, in either language, and keeps the user's own columns", () => {
    const headers = ["Status", "Prioritet", "ID", "Task", "Fase", "Deadline", "Fuldført dato", "Bemærkning"];
    const snapshot = readSnapshot(view([table("Opgaver_PRJ", "C10", headers, [["I gang", "Høj", "PRJ-01", "x", "Fase 1 Opstart", 46265, null, "ok"]])]));
    const [task] = snapshot.tasks;
    expect(task.cells.status).toEqual({ address: "C11", value: "I gang" });
    expect(task.cells.id?.address).toBe("E11");
    expect(task.cells.task?.value).toBe("x");
    expect(task.cells.responsible).toBeUndefined();
    expect(task.extra).toEqual([{ header: "Prioritet", cell: { address: "D11", value: "Høj" } }]);
    expect(snapshot.tables?.[0]).toMatchObject({ name: "Opgaver_PRJ", kind: "task", headerRow: 10, extraHeaders: ["Prioritet"], idHeader: "E10" });
  });

  test("finds a renamed task table by its headers", () => {
    const snapshot = readSnapshot(view([table("Tabel1", "A4", TASK_HEADERS, [row("PRJ-01")])]));
    expect(snapshot.tasks.map((t) => t.table)).toEqual(["Tabel1"]);
  });

  test("leaves out rows where nothing was typed, and flags rows typed under the table", () => {
    const blank: RawValue[] = [null, "  ", null, null, null, null, null, null, null, null];
    const snapshot = readSnapshot(view([table("Opgaver_PRJ", "A4", TASK_HEADERS, [row("PRJ-01"), blank], [row("L-01")])]));
    expect(snapshot.tasks.map((t) => [t.cells.id?.value, t.row, t.outsideTable ?? false])).toEqual([
      ["PRJ-01", 5, false],
      ["L-01", 7, true],
    ]);
  });

  test("without the GoLive name there is no go-live, and the rest still reads", () => {
    const snapshot = readSnapshot(view([table("Opgaver_PRJ", "A4", TASK_HEADERS, [row("PRJ-01")])], { names: [] }));
    expect(snapshot.goLive).toBeUndefined();
    expect(snapshot.tasks).toHaveLength(1);
  });

  test("a task table that lost a required header is one error naming the table, its sheet and the header", () => {
    const headers = TASK_HEADERS.map((h) => (h === "Status" ? "Status (KLIK)" : h));
    expect(errorOf(() => readSnapshot(view([table("Opgaver_PRJ", "A4", headers, [row("PRJ-01")])])))).toBe(
      'Tabellen "Opgaver_PRJ" på arket "Opgaver" mangler kolonnen "Status"; giv kolonnen overskriften "Status" igen.',
    );
  });

  test("a workbook with neither metadata nor task tables is not a plan", () => {
    const notAPlan: WorkbookView = { source: "budget.xlsx", sheets: [{ name: "Ark1", tables: [], cell: () => undefined }], names: [] };
    expect(errorOf(() => readSnapshot(notAPlan))).toMatch(/^budget\.xlsx er ikke en implementeringsplan/);
  });

  test("a workbook from a newer model version names both versions", () => {
    const newer = view([]);
    newer.sheets[1].tables[0].rows[1][1].value = "2031.2";
    expect(errorOf(() => readSnapshot(newer))).toMatch(/version 2031\.2, men dette værktøj kender kun version 2018\.1/);
  });
});
