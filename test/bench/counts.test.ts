/**
 * The bench's deterministic figures (scripts/bench/counts.ts), asserted exactly: the number of round
 * trips each add-in operation makes to Excel does not depend on the machine, so a change that adds
 * one fails here instead of slowing Excel on the web down unnoticed. Payload sizes change with any
 * label, so they are held to the budgets (Excel on the web refuses requests over 5 MB).
 */
import { type Counts, measureCounts } from "../../scripts/bench/counts";
import { filledPlans } from "../../scripts/bench/plans";

const FOUR_MB = 4 * 1024 * 1024;

let counts: Counts;

beforeAll(async () => {
  // 98 filled plans rendered to .xlsx and read back by the rollup: the slow part, once for all tests.
  counts = await measureCounts(await filledPlans());
}, 180_000);

test.each([
  { operation: "creating a plan (look, write, finish)", key: "generate", roundTrips: 3, trips: "3 round trips" },
  { operation: "creating a plan with 500 local tasks", key: "local500", roundTrips: 3, trips: "3 round trips" },
  { operation: "reading a filled plan for validation", key: "validate", roundTrips: 1, trips: "1 round trip" },
  { operation: "moving go-live in a filled plan (read, write)", key: "update", roundTrips: 2, trips: "2 round trips" },
  { operation: "writing the rollup of 98 plans", key: "rollup98", roundTrips: 3, trips: "3 round trips" },
] as const)("$operation takes exactly $trips, each a sync the code asked for", ({ key, roundTrips }) => {
  expect(counts[key].roundTrips).toBe(roundTrips);
  expect(counts[key].syncCalls).toBe(roundTrips);
});

test("500 extra local tasks add no round trip", () => {
  expect(counts.local500.roundTrips).toBe(counts.generate.roundTrips);
});

test.each(["generate", "local500", "validate", "update", "rollup98"] as const)("no single request or response of %s reaches 4 MB", (key) => {
  expect(counts[key].maxPayloadBytes).toBeGreaterThan(0);
  expect(counts[key].maxPayloadBytes).toBeLessThan(FOUR_MB);
});
