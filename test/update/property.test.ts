/**
 * Property: whatever people typed into a plan, `update` to a random new go-live and a variant that
 * removes and adds tasks finds every entry again (in its task's row, or in the archive when the
 * task is gone) and gives every task the dates of the new schedule.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { MODEL, parseVariant } from "../../src/model";
import type { PhaseId, ThemeId, Variant } from "../../src/model/types";
import { civilDate, toExcelSerial } from "../../src/plan/dates";
import { previousWorkingDayOnOrBefore } from "../../src/plan/holidays";
import { phaseWindows, scheduleTasks } from "../../src/plan/schedule";
import type { PlanSnapshot, TaskRowSnapshot } from "../../src/plan/snapshot";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readPlanWorkbook } from "../../src/xlsx/read";
import { renderXlsx } from "../../src/xlsx/render";
import { updatePlanWorkbook } from "../../src/xlsx/update";
import { addTableColumn, typeEntries, typeLocalTasks, type TypedEntry, type TypedLocalTask } from "./support";

const EXTRA = "Prioritet";
const PHASE_LABELS = MODEL.phases.map((p) => p.label.da);
const THEMES = MODEL.themes.map((t) => t.id);
const TASK_IDS = MODEL.tasks.map((t) => t.id);

const civil = fc.date({ min: new Date(Date.UTC(2026, 0, 1)), max: new Date(Date.UTC(2031, 11, 31)), noInvalidDate: true }).map((d) => civilDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
const words = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== "" && !/^[=+\-@]/.test(s));

const typedValue = (key: TypedEntry["key"]): fc.Arbitrary<string | number> => {
  if (key === "status") return fc.constantFrom("I gang", "Fuldført", "Ikke relevant", "igang", "Done");
  if (key === "phase") return fc.constantFrom(...PHASE_LABELS);
  if (key === "completed") return fc.oneof(civil.map(toExcelSerial), words);
  return words;
};

const entryArb: fc.Arbitrary<TypedEntry> = fc
  .record({ id: fc.constantFrom(...TASK_IDS), key: fc.constantFrom<TypedEntry["key"]>("responsible", "performer", "status", "completed", "note", "phase", { header: EXTRA }) })
  .chain(({ id, key }) => typedValue(key).map((value) => ({ id, key, value })));

const localArb = (n: number): fc.Arbitrary<TypedLocalTask> =>
  fc.record({ theme: fc.constantFrom(...THEMES), title: words, phase: fc.constantFrom(...PHASE_LABELS), status: fc.constantFrom("Ikke startet", "I gang") }).map((t) => ({ ...t, id: `L-T${n}` }));

const variantArb: fc.Arbitrary<Variant> = fc
  .record({
    removed: fc.uniqueArray(fc.constantFrom(...TASK_IDS), { maxLength: 6 }),
    added: fc.array(fc.record({ theme: fc.constantFrom(...THEMES), phase: fc.constantFrom<PhaseId>("F1", "F2", "F3", "F4") }), { maxLength: 3 }),
    workdaysOnly: fc.boolean(),
  })
  .map(({ removed, added, workdaysOnly }) =>
    parseVariant({
      workdaysOnly,
      removedTasks: removed,
      deviations: removed.map((id) => ({ field: `removedTasks.${id}`, description: "Udgår", approvedBy: "KOMBIT" })),
      localTasks: added.map((t, i) => ({ id: `L-N${i + 1}`, theme: t.theme, title: `Ny opgave ${i + 1}`, phase: t.phase })),
    }),
  );

/** The last write to a cell wins, as in the workbook; typing a task's own phase again is no entry. */
function lastWrites(entries: TypedEntry[]): TypedEntry[] {
  const byCell = new Map<string, TypedEntry>();
  for (const entry of entries) byCell.set(`${entry.id}|${typeof entry.key === "string" ? entry.key : entry.key.header}`, entry);
  const ownPhase = (id: string) => MODEL.phases.find((p) => p.id === MODEL.tasks.find((t) => t.id === id)?.defaultPhase)?.label.da;
  return [...byCell.values()].filter((e) => !(e.key === "phase" && e.value === ownPhase(e.id)));
}

function valueIn(row: TaskRowSnapshot | undefined, key: TypedEntry["key"]): unknown {
  if (!row) return undefined;
  if (typeof key === "string") return row.cells[key]?.value;
  return row.extra.find((e) => e.header === key.header)?.cell.value;
}

function expectedDates(row: TaskRowSnapshot, goLive: Date, variant: Variant): [number, number] | undefined {
  const scheduled = scheduleTasks(goLive, variant).find((t) => t.id === row.cells.id?.value);
  const phase = MODEL.phases.find((p) => p.label.da === row.cells.phase?.value)?.id;
  if (scheduled && scheduled.phase === phase) return [toExcelSerial(scheduled.start), toExcelSerial(scheduled.deadline)];
  const window = phaseWindows(goLive, variant).find((w) => w.phase === phase);
  if (!window) return undefined;
  const deadline = variant.workdaysOnly ? previousWorkingDayOnOrBefore(window.end) : window.end;
  return [toExcelSerial(window.start), toExcelSerial(deadline)];
}

async function reload(workbook: ExcelJS.Workbook): Promise<PlanSnapshot> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return readPlanWorkbook(copy, "updated.xlsx");
}

describe("update keeps every entry and re-dates every task", () => {
  test("for random entries, a random new go-live and a variant that removes and adds tasks", async () => {
    const oldVariant = parseVariant({ localTasks: [{ id: "L-V1", theme: "GEV", title: "Lokal gevinstopfølgning", phase: "F4" }] });
    const template = await renderXlsx(buildPlanWorkbook({ goLive: civilDate(2027, 3, 1), lang: "da", variant: oldVariant }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { maxLength: 25 }),
        fc.tuple(localArb(1), localArb(2)).chain((locals) => fc.subarray(locals)),
        fc.subarray(THEMES as ThemeId[], { maxLength: 3 }),
        civil,
        variantArb,
        async (typed, locals, extraThemes, goLive, variant) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(template as unknown as ArrayBuffer);
          const before = readPlanWorkbook(workbook, "plan.xlsx");
          for (const theme of extraThemes) addTableColumn(workbook, theme, EXTRA);
          const entries = lastWrites(typed.filter((e) => typeof e.key === "string" || extraThemes.includes(MODEL.tasks.find((t) => t.id === e.id)?.theme as ThemeId)));
          typeEntries(workbook, before, entries, () => 11);
          typeLocalTasks(workbook, locals);

          const { workbook: updated } = updatePlanWorkbook(workbook, { source: "plan.xlsx", goLive, variant, today: civilDate(2026, 10, 1) });
          const after = await reload(updated);

          const rowOf = (id: string) => after.tasks.find((t) => t.cells.id?.value === id);
          const archivedOf = (id: string) => after.archive.find((a) => a.cells.id?.value === id);
          for (const entry of entries) {
            const where = variant.removedTasks.includes(entry.id) ? archivedOf(entry.id) : rowOf(entry.id);
            expect({ entry, found: valueIn(where, entry.key) }).toEqual({ entry, found: entry.value });
          }
          for (const local of locals) {
            const row = rowOf(local.id);
            expect([row?.cells.task?.value, row?.cells.phase?.value, row?.cells.status?.value, row?.outsideTable]).toEqual([local.title, local.phase, local.status, undefined]);
          }
          for (const row of after.tasks) {
            const expected = expectedDates(row, goLive, variant);
            expect({ id: row.cells.id?.value, dates: [row.cells.start?.value, row.cells.deadline?.value] }).toEqual({ id: row.cells.id?.value, dates: expected });
          }
          const plannedIds = [...MODEL.tasks.map((t) => t.id).filter((id) => !variant.removedTasks.includes(id)), ...variant.localTasks.map((t) => t.id)];
          expect(plannedIds.filter((id) => !rowOf(id))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  }, 600_000);
});
