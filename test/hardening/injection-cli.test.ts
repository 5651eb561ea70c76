/**
 * Formula injection through every way a string reaches a workbook the CLI writes (ExcelJS): the
 * solution name, a variant's local tasks, and what another workbook holds (the municipality typed
 * on the front sheet, notes, local tasks typed under a table, a user's own column and sheet,
 * archived rows, a returned plan's entries in the rollup). Each must be a text cell, exactly.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { implan, tempDir } from "../support/cli";
import { tableModel } from "../support/excelEdits";
import { type TypedEntry, loadXlsx, typeEntries } from "./support/entries";
import { HOSTILE, type TextCell, hostileCells } from "./support/injection";
import { FRONT, GEV, GO_LIVE, PRJ, TODAY, planFile } from "./support/plans";
import { sheet } from "./support/workbookEdits";

interface InjectionPath {
  title: string;
  /** "one": the path has room for one string, so it runs once per payload; "all": once for all. */
  slots: "one" | "all";
  /** Runs the path with the payloads; returns the workbook written and where each payload must be. */
  run: (payloads: readonly string[]) => Promise<{ workbook: ExcelJS.Workbook; expected: Partial<TextCell>[][]; quoted?: boolean }>;
}

async function ok(...argv: string[]): Promise<void> {
  const result = await implan(...argv);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
}

async function generated(args: string[], files: Record<string, string> = {}): Promise<ExcelJS.Workbook> {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const out = path.join(dir, "plan.xlsx");
  await ok("generate", "--go-live", GO_LIVE, "--kommune", "Aarhus", "--out", out, ...args.map((a) => a.replaceAll("{dir}", dir)));
  return loadXlsx(readFileSync(out));
}

/** The filled plan after `edit`, updated in place; returns the new plan. */
async function updated(edit: (workbook: ExcelJS.Workbook) => void, args: string[] = [], files: Record<string, string> = {}): Promise<ExcelJS.Workbook> {
  const { dir, file } = await planFile(edit);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  await ok("update", file, "--today", TODAY, ...args.map((a) => a.replaceAll("{dir}", dir)));
  return loadXlsx(readFileSync(file));
}

const typed = (payloads: readonly string[], ids: string[], header: string): TypedEntry[] => payloads.map((value, i) => ({ id: ids[i], header, value }));
const PRJ_IDS = ["PRJ-01", "PRJ-02", "PRJ-03", "PRJ-04"];
/** A variant that removes PRJ-01..04, each removal a documented deviation with formula-shaped text. */
const removingVariant = (payloads: readonly string[]) =>
  JSON.stringify({ removedTasks: PRJ_IDS, deviations: PRJ_IDS.map((id, i) => ({ field: `removedTasks.${id}`, description: payloads[i], approvedBy: payloads[i] })) });
const localTasks = (payloads: readonly string[]) => payloads.map((title, i) => ({ id: `L-0${i + 1}`, theme: "PRJ", title, phase: "F2" }));

const paths: InjectionPath[] = [
  {
    title: "the solution name given to generate",
    slots: "one",
    run: async ([payload]) => ({ workbook: await generated(["--losning", payload]), expected: [[{ sheet: FRONT, address: "B6" }]] }),
  },
  {
    title: "local task titles in a variant file",
    slots: "all",
    run: async (payloads) => ({
      workbook: await generated(["--variant", "{dir}/variant.json"], { "variant.json": JSON.stringify({ localTasks: localTasks(payloads) }) }),
      expected: payloads.map((_, i) => [{ sheet: PRJ, address: `B${9 + i}` }]),
    }),
  },
  {
    title: "a municipality typed on the front sheet of a returned plan",
    slots: "one",
    run: async ([payload]) => ({
      workbook: await updated((wb) => {
        sheet(wb, FRONT).getCell("B4").value = payload;
        sheet(wb, FRONT).getCell("B5").value = null;
      }),
      expected: [[{ sheet: FRONT, address: "B4" }]],
    }),
  },
  {
    title: "notes typed as text in a returned plan",
    slots: "all",
    run: async (payloads) => ({ workbook: await updated((wb) => typeEntries(wb, typed(payloads, PRJ_IDS, "Bemærkning"))), expected: payloads.map((_, i) => [{ sheet: PRJ, address: `J${5 + i}` }]) }),
  },
  {
    title: "local tasks typed under a task table",
    slots: "all",
    run: async (payloads) => ({
      workbook: await updated((wb) =>
        payloads.forEach((title, i) => {
          const row = sheet(wb, GEV).getRow(9 + i);
          [`L-0${i + 1}`, title, "Fase 2 Forberedelse", title].forEach((value, c) => (row.getCell(c + 1).value = value));
        }),
      ),
      expected: payloads.map((_, i) => [{ sheet: GEV, address: `B${9 + i}` }, { sheet: GEV, address: `D${9 + i}` }]),
    }),
  },
  {
    title: "a user's own column in a task table",
    slots: "all",
    run: async (payloads) => ({
      workbook: await updated((wb) => {
        const ws = sheet(wb, PRJ);
        const table = tableModel(ws, "Opgaver_PRJ");
        table.columns.push({ name: "Egen kolonne" });
        table.tableRef = "A4:K8";
        ws.getCell("K4").value = "Egen kolonne";
        payloads.forEach((value, i) => (ws.getCell(`K${5 + i}`).value = value));
      }),
      expected: payloads.map((_, i) => [{ sheet: PRJ, address: `K${5 + i}` }]),
    }),
  },
  {
    title: "a user's own sheet",
    slots: "all",
    run: async (payloads) => ({
      workbook: await updated((wb) => {
        const notes = wb.addWorksheet("Noter");
        payloads.forEach((value, i) => (notes.getCell(`A${i + 1}`).value = value));
      }),
      expected: payloads.map((_, i) => [{ sheet: "Noter", address: `A${i + 1}` }]),
    }),
  },
  {
    title: "notes of tasks a new variant removes, on the Arkiv sheet",
    slots: "all",
    run: async (payloads) => ({
      workbook: await updated((wb) => typeEntries(wb, typed(payloads, PRJ_IDS, "Bemærkning")), ["--variant", "{dir}/variant.json"], { "variant.json": removingVariant(payloads) }),
      expected: payloads.map((_, i) => [{ sheet: "Arkiv", address: `J${5 + i}` }]),
    }),
  },
  {
    title: "a returned plan's Ansvarlig cells in the rollup",
    slots: "all",
    run: async (payloads) => {
      const { dir, file } = await planFile((wb) => typeEntries(wb, typed(payloads, PRJ_IDS, "Ansvarlig")));
      const out = path.join(dir, "status.xlsx");
      const result = await implan("rollup", file, "--out", out, "--today", TODAY);
      expect(result.code).toBeLessThan(2);
      // The Status table lists every task of every plan; where a row lands is the rollup's business.
      return { workbook: await loadXlsx(readFileSync(out)), expected: payloads.map(() => [{ sheet: "Status" }]) };
    },
  },
  {
    title: "unknown municipalities in a rollout CSV, quoted on the rollup's Fund sheet",
    slots: "all",
    run: async (payloads) => {
      const { dir, file } = await planFile();
      const csv = path.join(dir, "udrulning.csv");
      writeFileSync(csv, ["kommune;bølge;golive", ...payloads.map((p) => `"${p.replaceAll('"', '""')}";1;2027-03-01`)].join("\n"));
      const out = path.join(dir, "status.xlsx");
      expect((await implan("rollup", file, "--out", out, "--rollout", csv, "--today", TODAY)).code).toBe(1);
      return { workbook: await loadXlsx(readFileSync(out)), expected: payloads.map(() => [{ sheet: "Fund" }]), quoted: true };
    },
  },
];

describe.each(paths)("formula-shaped text from $title", ({ slots, run }) => {
  test("is written as text cells holding exactly that text, and as no formula", async () => {
    const batches = slots === "one" ? HOSTILE.map((payload) => [payload]) : [[...HOSTILE]];
    for (const payloads of batches) {
      const { workbook, expected, quoted } = await run(payloads);
      payloads.forEach((payload, i) => {
        const found = hostileCells(workbook, payload);
        expect({ payload, formulas: found.formulas }).toEqual({ payload, formulas: [] });
        const where = quoted ? found.mentions : found.text;
        expect({ payload, where }).toEqual({ payload, where: expect.arrayContaining(expected[i].map((cell) => expect.objectContaining(cell))) });
      });
    }
  });
});
