/**
 * cli_rollup98_ms and cli_rollup98_ratio: `implan rollup` of a folder of 98 filled plans, in-process
 * (walk, archive checks, ExcelJS read, snapshot, validation, aggregation, render, atomic write),
 * against ExcelJS only loading the same 98 files, in interleaved pairs.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { type PlanFile, TODAY } from "./plans";
import { implanQuietly } from "./quiet";
import { type PairResult, interleaved } from "./timing";

async function writeAll(dir: string, plans: PlanFile[]): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  return Promise.all(
    plans.map(async (plan) => {
      const file = path.join(dir, plan.name);
      await fs.writeFile(file, plan.bytes);
      return file;
    }),
  );
}

async function loadAll(files: string[]): Promise<void> {
  // ExcelJS's typings do not match @types/node's Buffer; passed as src/xlsx/read.ts passes them.
  for (const file of files) await new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
}

/** Exit code 1 is expected: the filled plans hold mistakes, which the rollup reports as it should. */
const rollup = (folder: string, out: string) => implanQuietly(["rollup", folder, "--out", out, "--today", TODAY], 1);

export async function measureCliRollup(plans: PlanFile[], options: { pairs: number }): Promise<PairResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "implan-bench-rollup-"));
  try {
    const files = await writeAll(path.join(dir, "plans"), plans);
    // Warm both paths up on a few files first: a whole extra round of 98 would cost seconds.
    const warm = await writeAll(path.join(dir, "warm"), plans.slice(0, 5));
    await rollup(path.join(dir, "warm"), path.join(dir, "warm.xlsx"));
    await loadAll(warm);
    let run = 0;
    return await interleaved(
      // A new output file each time, so no run pays for replacing the last one.
      () => rollup(path.join(dir, "plans"), path.join(dir, `rollup-${run++}.xlsx`)),
      () => loadAll(files),
      { warmup: 0, pairs: options.pairs },
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
