/** validate_100k_rows_ms: the pure validation rules (validatePlan) over a snapshot of 100,000 task rows. */
import { parseIsoDate } from "../../src/plan/dates";
import { validatePlan } from "../../src/plan/validation";
import { bigSnapshot } from "./bigSnapshot";
import { TODAY } from "./plans";
import { median, timed } from "./timing";

export interface ValidateResult {
  ms: number;
  rows: number;
  findings: number;
}

export async function measureValidate100k(options: { runs: number; warmup: number }, rows = 100_000): Promise<ValidateResult> {
  const { snapshot, variant } = bigSnapshot(rows);
  const today = parseIsoDate(TODAY);
  let findings = 0;
  const run = async () => {
    findings = validatePlan(snapshot, { variant, today }).findings.length;
  };
  for (let i = 0; i < options.warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < options.runs; i++) times.push(await timed(run));
  return { ms: median(times), rows: snapshot.tasks.length, findings };
}
