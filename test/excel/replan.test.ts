/**
 * Re-planning the open workbook gives what `implan update` gives: the same filled-in plan, typed
 * into the fake Excel host and into an ExcelJS file, re-planned by the add-in and by the CLI for a
 * new go-live and a variant that removes and adds tasks, must end as the same plan sheets, cell by
 * cell; every entry is found again, and the user's own sheet stays as it was, where it was.
 */
import { readPlanSnapshot } from "../../src/excel";
import { replanWorkbook, type ReplanResult } from "../../src/excel/replan";
import { scheduleTasks } from "../../src/plan/schedule";
import { toExcelSerial } from "../../src/plan/dates";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { replanDescription } from "../../src/workbook/replan";
import { updatePlanWorkbook } from "../../src/xlsx/update";
import type { FakeExcel } from "../fakes/host";
import { fakeShape } from "./support/fakeShape";
import { allSupported } from "./support/plans";
import { NEW_GO_LIVE, NOTES, NOTE_CELLS, PRJ, TODAY, evaluatingFake, filledFake, filledXlsx, missingEntries, newVariant, startDescription, valuesOf } from "./support/replanCase";
import { type WorkbookShape, diffShapes, report } from "./support/shape";
import { xlsxShape } from "./support/xlsxShape";
import { widthToPoints } from "../../src/excel/sheetLayout";

let excel: FakeExcel;
let before: PlanSnapshot;
let result: ReplanResult;
let follow: (description: ReturnType<typeof startDescription>) => void;
let stats: ReturnType<FakeExcel["stats"]>;

beforeAll(async () => {
  const start = startDescription();
  const fake = evaluatingFake(start);
  follow = fake.follow;
  excel = await filledFake(start, fake.excel);
  before = await readPlanSnapshot(excel.run);
  excel.resetStats();
  result = await replanWorkbook(excel.run, { goLive: NEW_GO_LIVE, variant: newVariant() }, { supports: allSupported, today: TODAY });
  stats = excel.stats();
});

/** The shape without the user's sheet (the CLI copies it to the end; the add-in leaves it alone). */
function planOnly(shape: WorkbookShape): WorkbookShape {
  const sheets = Object.fromEntries(Object.entries(shape.sheets).filter(([name]) => name !== NOTES));
  return { ...shape, order: shape.order.filter((name) => name !== NOTES), sheets };
}

/** ExcelJS leaves a 9-character width out of the file (Excel's default); the add-in sets it. */
function forgiveDefaultWidths(excelShape: WorkbookShape, xlsx: WorkbookShape): void {
  for (const [name, sheet] of Object.entries(excelShape.sheets)) {
    for (const [column, points] of Object.entries(sheet.columnWidths)) if (xlsx.sheets[name]?.columnWidths[column] === undefined && points === widthToPoints(9)) delete sheet.columnWidths[column];
  }
}

describe("replanWorkbook on a filled-in plan, for a new go-live and a variant that removes and adds tasks", () => {
  test("makes the same plan sheets as implan update makes from the same workbook", async () => {
    const cli = updatePlanWorkbook(await filledXlsx(), { source: "plan.xlsx", goLive: NEW_GO_LIVE, variant: newVariant(), today: TODAY });
    const xlsx = planOnly(await xlsxShape(Buffer.from(await cli.workbook.xlsx.writeBuffer())));
    const addin = planOnly(fakeShape(excel));
    forgiveDefaultWidths(addin, xlsx);
    expect(addin.order).toEqual(xlsx.order);
    expect(addin.order).toContain("Arkiv");
    expect(Object.keys(addin.names).length).toBeGreaterThan(15);
    const differences = diffShapes(addin, xlsx, ["addin", "cli"]);
    if (differences.length > 0) throw new Error(report(differences));
  });

  test("finds every entry again: on its task's row, or in Arkiv for the tasks the variant removed", async () => {
    const after = await readPlanSnapshot(excel.run);
    expect(missingEntries(before)).toEqual([]);
    expect(missingEntries(after)).toEqual([]);
    expect(after.archive.map((row) => row.cells.id?.value).sort()).toEqual(["PRJ-04", "VID-02"]);
    const typedRow = after.tasks.find((row) => row.cells.id?.value === "L-7");
    expect(typedRow).toMatchObject({ table: "Opgaver_ORG" });
    expect(typedRow?.outsideTable).toBeUndefined();
    expect(after.tasks.map((row) => row.cells.id?.value)).toEqual(expect.arrayContaining(["L-1", "L-2"]));
    expect(valuesOf(after, "PRJ-02", "Budget")).toEqual(["=1000*12"]);
    expect(result).toMatchObject({ archived: 2, localTasks: 1, tasksWithEntries: 3 });
    expect(result.notes.map((n) => n.da).join(" ")).toMatch(/2 rækker med indtastninger .* står nu på arket Arkiv/);
  });

  test("every date formula gives the new schedule", async () => {
    const final = replanDescription(before, { source: "projektmappen", goLive: NEW_GO_LIVE, variant: newVariant(), today: TODAY }).description;
    follow(final);
    const after = await readPlanSnapshot(excel.run);
    const schedule = scheduleTasks(NEW_GO_LIVE, newVariant());
    expect(schedule.length).toBeGreaterThan(30);
    for (const task of schedule) {
      const row = after.tasks.find((r) => r.cells.id?.value === task.id);
      expect([task.id, row?.cells.start?.value, row?.cells.deadline?.value]).toEqual([task.id, toExcelSerial(task.start), toExcelSerial(task.deadline)]);
      expect(row?.cells.deadline?.formula).toBeDefined();
    }
    expect(after.goLive?.cell.value).toBe(toExcelSerial(NEW_GO_LIVE));
  });

  test("leaves the user's own sheet as it was and where it was, its formulas pointing at the new plan", () => {
    expect(excel.inspect.sheets().map((s) => s.name).indexOf(NOTES)).toBe(2);
    const cells = excel.inspect.cells(NOTES).map((c) => [c.address, c.formula ?? c.value]);
    expect(cells).toEqual(NOTE_CELLS);
    expect(excel.inspect.sheets().map((s) => s.name)).not.toContain("Implan_ny_front");
    expect(excel.inspect.names().filter((n) => n.sheet === undefined)).toEqual([]);
    expect(excel.inspect.tables().filter((t) => t.name.startsWith("Implan_ny"))).toEqual([]);
    expect(excel.inspect.sheets().find((s) => s.name === PRJ)?.position).toBe(8);
  });

  test("takes exactly three syncs (read, write, swap), with calculation suspended before every write", () => {
    expect([stats.syncCalls, stats.roundTrips]).toEqual([3, 3]);
    for (const sync of stats.syncs.slice(1)) expect(sync.suspendedCalculationAt).toBe(0);
  });
});
