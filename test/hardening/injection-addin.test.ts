/**
 * Formula injection through every way a string reaches the open workbook in the add-in (Office.js,
 * on the strict fake host that stores "=…", "+…", "-…" and "@…" as formulas, as Excel does): the
 * solution name on creation and on update, a variant's local tasks, and the IDs and values a user
 * typed that the Validering sheet quotes. Each must be a text cell and no formula.
 */
import { renderDescription } from "../../src/excel";
import { parseIsoDate } from "../../src/plan/dates";
import { HOSTILE, type TextCell, hostileFakeCells } from "./support/injection";
import { cellFinder } from "./support/addinCase";
import { FakeExcel } from "../fakes/host";
import { FRONT, GEV, PRJ, TODAY, planDescription } from "./support/plans";
import { REQUEST, fakePlanHost } from "./support/planHost";

interface AddinInjectionPath {
  title: string;
  slots: "one" | "all";
  /** Runs the path with the payloads; returns the fake workbook and where each payload must be (quoted: inside a sentence). */
  run: (payloads: readonly string[]) => Promise<{ excel: FakeExcel; expected: Partial<TextCell>[][]; quoted?: boolean }>;
}

const localTasks = (payloads: readonly string[]) => payloads.map((title, i) => ({ id: `L-0${i + 1}`, theme: "PRJ", title, phase: "F2" }));

const paths: AddinInjectionPath[] = [
  {
    title: "the solution name when the add-in creates a plan",
    slots: "one",
    run: async ([solution]) => {
      const { excel, host } = fakePlanHost();
      await host.createPlan({ ...REQUEST, solution });
      return { excel, expected: [[{ sheet: FRONT, address: "B6" }]] };
    },
  },
  {
    title: "the solution name when the add-in updates a plan",
    slots: "one",
    run: async ([solution]) => {
      const { excel, host } = fakePlanHost();
      await host.createPlan(REQUEST);
      await host.updatePlan({ ...REQUEST, solution, goLive: "2027-09-01" });
      return { excel, expected: [[{ sheet: FRONT, address: "B6" }]] };
    },
  },
  {
    title: "local task titles of a variant, rendered by the add-in",
    slots: "all",
    run: async (payloads) => {
      const excel = new FakeExcel();
      await renderDescription(excel.run, planDescription({ variant: { localTasks: localTasks(payloads) } }), { supports: () => true });
      return { excel, expected: payloads.map((_, i) => [{ sheet: PRJ, address: `B${9 + i}` }]) };
    },
  },
  {
    title: "IDs a user typed, listed on the Validering sheet",
    slots: "all",
    run: async (payloads) => {
      const { excel, host } = fakePlanHost();
      await host.createPlan(REQUEST);
      // Typed with Excel's text mark, as a user types text that starts with "=": the cells hold the text itself.
      payloads.forEach((id, i) => excel.typeInto(GEV, `A${9 + i}`, `'${id}`));
      const report = await host.readAndValidate({ today: parseIsoDate(TODAY) });
      await host.writeValidationSheet({ report });
      return { excel, expected: payloads.map(() => [{ sheet: GEV }, { sheet: "Validering" }]) };
    },
  },
  {
    title: "statuses a user typed, quoted on the Validering sheet",
    slots: "all",
    run: async (payloads) => {
      const { excel, host } = fakePlanHost();
      await host.createPlan(REQUEST);
      const at = cellFinder(excel);
      payloads.forEach((status, i) => excel.typeInto(PRJ, at(`PRJ-0${i + 1}`, "Status").address, `'${status}`));
      await host.writeValidationSheet({ report: await host.readAndValidate({ today: parseIsoDate(TODAY) }) });
      return { excel, expected: payloads.map(() => [{ sheet: "Validering" }]), quoted: true };
    },
  },
];

describe.each(paths)("formula-shaped text from $title", ({ slots, run }) => {
  test("is in the open workbook as text cells and as no formula", async () => {
    const batches = slots === "one" ? HOSTILE.map((payload) => [payload]) : [[...HOSTILE]];
    for (const payloads of batches) {
      const { excel, expected, quoted } = await run(payloads);
      payloads.forEach((payload, i) => {
        const found = hostileFakeCells(excel, payload);
        expect({ payload, formulas: found.formulas }).toEqual({ payload, formulas: [] });
        const where = quoted ? found.mentions : found.text;
        expect({ payload, where }).toEqual({ payload, where: expect.arrayContaining(expected[i].map((cell) => expect.objectContaining(cell))) });
      });
    }
  });
});
