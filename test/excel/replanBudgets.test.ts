/**
 * A re-plan's round trips and payloads are fixed whatever the number of tasks: read, write, swap,
 * and the biggest request stays under 4 MB (Excel on the web refuses 5 MB) even with 534 tasks.
 */
import { replanWorkbook } from "../../src/excel/replan";
import { readPlanSnapshot } from "../../src/excel";
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { FakeExcel } from "../fakes/host";
import { allSupported, localTasks, plan } from "./support/plans";
import { renderDescription } from "../../src/excel";

const FOUR_MB = 4 * 1024 * 1024;
const FIVE_MB = 5 * 1024 * 1024;
const PRJ = "Projektstyring og -ledelse";
const removePrj04 = { removedTasks: ["PRJ-04"], deviations: [{ field: "removedTasks.PRJ-04", description: "Udgår", approvedBy: "KOMBIT" }] };

async function replanned(locals: number) {
  const variant = { localTasks: localTasks(locals) };
  const excel = new FakeExcel();
  await renderDescription(excel.run, plan({ variant }), { supports: allSupported });
  excel.typeInto(PRJ, "H5", "I gang");
  excel.typeInto(PRJ, "J8", "Leverandøren står for early-life support");
  excel.resetStats();
  const result = await replanWorkbook(excel.run, { goLive: parseIsoDate("2027-09-01"), variant: parseVariant({ ...variant, ...removePrj04 }) }, { supports: allSupported, today: parseIsoDate("2026-10-01") });
  return { excel, stats: excel.stats(), result };
}

describe.each([
  { title: "the model's 34 tasks", locals: 0, tasks: 33 },
  { title: "534 tasks (500 local)", locals: 500, tasks: 533 },
])("re-planning $title", ({ locals, tasks }) => {
  let run: Awaited<ReturnType<typeof replanned>>;
  beforeAll(async () => {
    run = await replanned(locals);
  });

  test("takes exactly 3 round trips: read, write, swap", () => {
    expect([run.stats.syncCalls, run.stats.roundTrips]).toEqual([3, 3]);
  });

  test("every request stays under 4 MB and every response under 5 MB", () => {
    expect(run.stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(run.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
  });

  test("the new plan has every task but the removed one, and its entries", async () => {
    const snapshot = await readPlanSnapshot(run.excel.run);
    expect(snapshot.tasks).toHaveLength(tasks);
    expect(snapshot.archive.map((a) => [a.cells.id?.value, a.cells.note?.value])).toEqual([["PRJ-04", "Leverandøren står for early-life support"]]);
    expect(snapshot.tasks.find((t) => t.cells.id?.value === "PRJ-01")?.cells.status?.value).toBe("I gang");
  });
});

test("the number of queued actions does not grow with the number of tasks", async () => {
  const [small, large] = [await replanned(0), await replanned(500)];
  const actions = (run: typeof small) => run.stats.syncs.slice(1).map((s) => s.actions);
  expect(actions(large)).toEqual(actions(small));
  console.log(`Re-plan of 534 tasks: ${large.stats.syncs.map((s) => `${s.actions} actions, ${(s.requestBytes / 1024).toFixed(0)} KB up, ${(s.responseBytes / 1024).toFixed(0)} KB down`).join("; ")}`);
});
