/**
 * Every file the CLI writes goes to a temporary file that is renamed over the target, so a failed or
 * killed write leaves the original intact: injected failures of rename and write (in-process), and
 * a child process killed with SIGKILL while it writes a large plan over a filled-in one.
 */
import { promises as fs, readFileSync, readdirSync, watch } from "node:fs";
import path from "node:path";
import { implan } from "../support/cli";
import { startImplan } from "./support/childCli";
import { loadXlsx, missingEntries, USER_ENTRIES } from "./support/entries";
import { GO_LIVE, TODAY, planFile } from "./support/plans";

type Command = (file: string, dir: string) => string[];

interface FailingWriteCase {
  title: string;
  input: { command: Command; fail: "rename" | "writeFile"; code: string };
  /** The sentence; "{target}" is the file the command writes. */
  expected: { error: string; target: (file: string, dir: string) => string };
}

const cases: FailingWriteCase[] = [
  {
    title: "update in place when the rename fails",
    input: { command: (file) => ["update", file, "--go-live", "2027-09-01", "--today", TODAY], fail: "rename", code: "EIO" },
    expected: { error: "Kan ikke skrive filen {target}: EIO: i/o error.", target: (file) => file },
  },
  {
    title: "update in place when the disk is full",
    input: { command: (file) => ["update", file, "--go-live", "2027-09-01", "--today", TODAY], fail: "writeFile", code: "ENOSPC" },
    expected: { error: "Kan ikke skrive filen {target}: disken er fuld.", target: (file) => file },
  },
  {
    title: "generate over a filled-in plan when permission is denied",
    input: { command: (file) => ["generate", "--go-live", GO_LIVE, "--kommune", "Aarhus", "--out", file], fail: "rename", code: "EACCES" },
    expected: { error: "Kan ikke skrive filen {target}: adgang nægtet.", target: (file) => file },
  },
  {
    title: "rollup writing its status workbook when the rename fails",
    input: { command: (file, dir) => ["rollup", file, "--out", path.join(dir, "plan.bak.xlsx"), "--today", TODAY], fail: "rename", code: "EIO" },
    expected: { error: "Kan ikke skrive filen {target}: EIO: i/o error.", target: (_file, dir) => path.join(dir, "plan.bak.xlsx") },
  },
  {
    title: "rollup told to write over one of the plans it reads",
    input: { command: (file, dir) => ["rollup", dir, "--out", file, "--today", TODAY], fail: "rename", code: "EIO" },
    expected: {
      error: "Kan ikke skrive {target}: filen er en af de planer, der lægges sammen, og ville blive overskrevet. Skriv samlingen til en anden fil, fx --out status.xlsx uden for mappen med planerne.",
      target: (file) => file,
    },
  },
];

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

describe("a write that fails leaves the file as it was", () => {
  afterEach(() => jest.restoreAllMocks());

  test.each(cases)("$title: one sentence, exit 2, the original intact and no temporary file", async ({ input, expected }) => {
    const { dir, file } = await planFile();
    const original = readFileSync(file);
    const error = Object.assign(new Error(`${input.code}: i/o error`), { code: input.code });
    jest.spyOn(fs, input.fail).mockRejectedValueOnce(error);
    const result = await implan(...input.command(file, dir));
    const target = expected.target(file, dir);
    expect({ code: result.code, stderr: result.stderr.trim() }).toEqual({ code: 2, stderr: expected.error.replace("{target}", target) });
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });
});

/** A variant of `count` local tasks: a plan big enough that writing it takes a moment. */
function bigVariant(count: number): string {
  const themes = ["PRJ", "GEV", "VID", "ORG", "UDI", "ITM", "SIK"];
  return JSON.stringify({ localTasks: Array.from({ length: count }, (_, i) => ({ id: `L-${i + 1}`, theme: themes[i % 7], title: `Lokal opgave ${i + 1} om at gøre noget grundigt 🙂`, phase: `F${(i % 4) + 1}` })) });
}

/** Starts `generate` over the filled plan and kills it: when its temporary file appears, or after `ms`. */
async function killedGenerate(when: "temp file" | number): Promise<{ dir: string; file: string; original: Buffer; killed: boolean }> {
  const { dir, file } = await planFile();
  const original = readFileSync(file);
  await fs.writeFile(path.join(dir, "variant.json"), bigVariant(1500));
  const { child, done } = startImplan(["generate", "--go-live", "2027-09-01", "--kommune", "Aarhus", "--variant", path.join(dir, "variant.json"), "--out", file]);
  const watcher = watch(dir, (_event, name) => {
    if (when === "temp file" && String(name).endsWith(".tmp")) child.kill("SIGKILL");
  });
  const timer = typeof when === "number" ? setTimeout(() => child.kill("SIGKILL"), when) : undefined;
  const result = await done;
  watcher.close();
  clearTimeout(timer);
  return { dir, file, original, killed: result.signal === "SIGKILL" };
}

describe("a CLI killed while it writes leaves the old file or the whole new one, never a partial one", () => {
  test.each<{ title: string; when: "temp file" | number }>([
    { title: "the moment its temporary file appears", when: "temp file" },
    { title: "at a random moment of its run", when: 300 + Math.floor(Math.random() * 2500) },
  ])("killed $title", async ({ when }) => {
    const { dir, file, original, killed } = await killedGenerate(when);
    const now = readFileSync(file);
    if (now.equals(original)) {
      expect(missingEntries(await loadXlsx(now), USER_ENTRIES)).toEqual([]);
    } else {
      // The rename happened before the kill: the new plan is whole, and the old one is its backup.
      const workbook = await loadXlsx(now);
      expect(workbook.getWorksheet("Projektstyring og -ledelse")?.rowCount).toBeGreaterThan(200);
      expect(readFileSync(path.join(dir, "plan.bak.xlsx")).equals(original)).toBe(true);
    }
    // A kill can leave the temporary file behind, never anything that looks like the plan.
    expect(readdirSync(dir).filter((name) => !/^(plan\.xlsx|plan\.bak\.xlsx|variant\.json|\.plan\.xlsx\.\d+\.\d+\.tmp)$/.test(name))).toEqual([]);
    if (process.env.IMPLAN_MEASURE) console.log(`killed: ${killed}, original intact: ${now.equals(original)}, temp left: ${leftovers(dir).length}`);
  });
});
