/**
 * Office.js round trips are the slow part (and Excel on the web caps each at 5 MB), so the number
 * of syncs is fixed whatever the number of tasks, and the biggest request stays well under the cap.
 */
import { readPlanSnapshot, readPlanView, renderDescription } from "../../src/excel";
import { FakeExcel } from "../fakes/host";
import { allSupported, localTasks, plan } from "./support/plans";

const FOUR_MB = 4 * 1024 * 1024;
const FIVE_MB = 5 * 1024 * 1024;

const sizes = [
  { title: "the model's 34 tasks", tasks: 34, variant: {} },
  { title: "534 tasks (500 local)", tasks: 534, variant: { localTasks: localTasks(500) } },
];

describe.each(sizes)("with $title", ({ tasks, variant }) => {
  const description = plan({ variant });
  let excel: FakeExcel;

  beforeAll(async () => {
    excel = new FakeExcel();
    await renderDescription(excel.run, description, { supports: allSupported });
  });

  test("the plan has that many tasks", async () => {
    const reader = new FakeExcel();
    await renderDescription(reader.run, description, { supports: allSupported });
    expect((await readPlanSnapshot(reader.run)).tasks).toHaveLength(tasks);
  });

  test("creating takes exactly 3 round trips: look, write, finish", () => {
    const stats = excel.stats();
    expect(stats.roundTrips).toBe(3);
    expect(stats.syncCalls).toBe(3);
  });

  test("the write sync suspends calculation before its first cell write", () => {
    const write = excel.stats().syncs[1];
    expect(write.suspendedCalculationAt).toBe(0);
    expect(write.firstCellWriteAt).toBeGreaterThan(0);
  });

  test("the biggest request stays under 4 MB", () => {
    expect(excel.stats().maxRequestBytes).toBeLessThan(FOUR_MB);
  });

  test("reading for validation takes exactly 1 round trip, under the 5 MB response cap", async () => {
    excel.resetStats();
    await readPlanView(excel.run);
    const stats = excel.stats();
    expect(stats.roundTrips).toBe(1);
    expect(stats.syncCalls).toBe(1);
    expect(stats.maxResponseBytes).toBeLessThan(FIVE_MB);
  });
});

test("the number of queued actions does not grow with the number of tasks", async () => {
  const actions = async (variant: unknown) => {
    const excel = new FakeExcel();
    await renderDescription(excel.run, plan({ variant }), { supports: allSupported });
    return excel.stats().syncs.map((s) => s.actions);
  };
  expect(await actions({ localTasks: localTasks(500) })).toEqual(await actions({}));
});
