/**
 * cli_generate_ms and cli_generate_ratio: `implan generate` for one plan, in-process (arguments,
 * plan, description, ExcelJS renderer, atomic write), against hand-written ExcelJS writing the same
 * workbook content (directExcelJs.ts), in interleaved pairs.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { flatten, writeDirect } from "./directExcelJs";
import { GO_LIVE, planInput } from "./plans";
import { implanQuietly } from "./quiet";
import { type PairResult, interleaved } from "./timing";

export async function measureCliGenerate(options: { pairs: number; warmup: number }): Promise<PairResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "implan-bench-generate-"));
  try {
    const flat = flatten(buildPlanWorkbook(planInput()));
    // A new file each time, as when a plan is made: over an existing one the CLI first backs it up.
    let run = 0;
    const out = (who: string) => path.join(dir, `${who}-${run++}.xlsx`);
    return await interleaved(
      () => implanQuietly(["generate", "--go-live", GO_LIVE, "--kommune", "Aarhus", "--losning", "SAPA", "--bolge", "1", "--out", out("cli")]),
      () => writeDirect(flat, out("direct")),
      options,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
