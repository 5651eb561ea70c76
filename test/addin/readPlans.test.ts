/** @jest-environment jsdom */
/**
 * Reading the picked files one at a time: what the progress says, and that the spreadsheet chunk
 * is loaded only for a file that passed the byte checks.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { parseIsoDate } from "../../src/plan/dates";
import type { Text } from "../../src/model/types";
import { loadXlsx } from "../../src/taskpane/rollout/loadXlsx";
import { readReturnedPlans } from "../../src/taskpane/rollout/readPlans";
import { memoryHost } from "./support/memoryHost";
import { brokenFile, planFile } from "./support/planFiles";

// jsdom lacks the encoders every browser has; the byte checks decode XML with them.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

const TODAY = parseIsoDate("2027-01-15");

describe("readReturnedPlans", () => {
  it("says which file of how many it is reading, then rolls them up", async () => {
    const steps: Text[] = [];
    const files = [await planFile("Aarhus"), brokenFile()];
    const { result, rollout } = await readReturnedPlans(memoryHost(), files, TODAY, (step) => steps.push(step));
    expect(steps.map((s) => s.da)).toEqual([
      "Læser udrulningen i projektmappen …",
      "Læser 1 af 2: implementeringsplan-0751-aarhus.xlsx",
      "Læser 2 af 2: noter.xlsx",
      "Lægger planerne sammen …",
    ]);
    expect(steps[1].en).toBe("Reading 1 of 2: implementeringsplan-0751-aarhus.xlsx");
    expect(result.files.map((f) => f.outcome)).toEqual(["read", "unreadable"]);
    expect(result.statusRows).toHaveLength(34);
    expect(rollout).toBeNull();
  });

  it("loads no spreadsheet code for files that are not workbooks", async () => {
    const load = jest.fn(loadXlsx);
    const { result } = await readReturnedPlans(memoryHost(), [brokenFile("a.xlsx"), brokenFile("b.xlsx")], TODAY, () => undefined, load);
    expect(result.files.map((f) => f.outcome)).toEqual(["unreadable", "unreadable"]);
    expect(load).not.toHaveBeenCalled();
  });

  it("fails as a whole when the spreadsheet code cannot be loaded, so it can be tried again", async () => {
    const load = jest.fn().mockRejectedValue(new Error("ChunkLoadError"));
    await expect(readReturnedPlans(memoryHost(), [await planFile("Aarhus")], TODAY, () => undefined, load)).rejects.toThrow("ChunkLoadError");
  });
});
