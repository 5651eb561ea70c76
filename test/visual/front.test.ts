/** The front sheet's picture of the model: four phases in order, three transitions, go-live. */
import { MODEL } from "../../src/model";
import { toExcelSerial } from "../../src/plan/dates";
import { phaseWindows } from "../../src/plan/schedule";
import { cellAddress } from "../../src/workbook/address";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { FRONT_MODEL } from "../../src/workbook/frontModel";
import type { CellValue } from "../../src/workbook/types";
import { planInput } from "./support/plans";

const input = planInput("2027-03-01");
const front = buildPlanWorkbook(input).sheets.find((s) => s.kind === "front")!;
const valueAt = (column: number, row: number): CellValue | undefined => front.cells.find((c) => c.address === cellAddress(column, row))?.value;
const windows = phaseWindows(input.goLive);
const phaseColumn = (i: number) => FRONT_MODEL.firstColumn + 2 * i;

describe("the model strip on the front sheet", () => {
  test("shows the four phases in order, each with its window as formulas on the phase names", () => {
    MODEL.phases.forEach((phase, i) => {
      expect(valueAt(phaseColumn(i), FRONT_MODEL.bandRow)).toEqual({ kind: "text", text: phase.label.da });
      expect(valueAt(phaseColumn(i), FRONT_MODEL.windowRow)).toEqual({ kind: "formula", formula: `Fase${i + 1}Start`, result: toExcelSerial(windows[i].start) });
      expect(valueAt(phaseColumn(i) + 1, FRONT_MODEL.windowRow)).toEqual({ kind: "formula", formula: `Fase${i + 1}Slut`, result: toExcelSerial(windows[i].end) });
    });
    expect(front.merges).toContain(`${cellAddress(phaseColumn(0), FRONT_MODEL.bandRow)}:${cellAddress(phaseColumn(0) + 1, FRONT_MODEL.bandRow)}`);
  });

  test("puts each transition on the boundary between its phases, dated by the next phase's start", () => {
    MODEL.transitions.forEach((transition, i) => {
      const column = phaseColumn(i + 1) - 1;
      expect(valueAt(column, FRONT_MODEL.transitionRow)).toEqual({ kind: "text", text: transition.name.da });
      expect(valueAt(column, FRONT_MODEL.transitionDateRow)).toMatchObject({ kind: "formula", formula: `Fase${i + 2}Start` });
    });
  });

  test("marks go-live under the boundary where Fase 3 starts, from the GoLive cell", () => {
    const column = phaseColumn(2) - 1;
    expect(valueAt(column, FRONT_MODEL.milestoneRow)).toEqual({ kind: "text", text: "Milepæl: go-live" });
    expect(valueAt(column, FRONT_MODEL.milestoneDateRow)).toEqual({ kind: "formula", formula: "GoLive", result: toExcelSerial(input.goLive) });
  });

  test("brackets Fase 2 and Fase 3 as the rollout course", () => {
    expect(valueAt(phaseColumn(1), FRONT_MODEL.rolloutRow)).toEqual({ kind: "text", text: "Udrulningsforløb" });
    expect(front.merges).toContain(`${cellAddress(phaseColumn(1), FRONT_MODEL.rolloutRow)}:${cellAddress(phaseColumn(3) - 1, FRONT_MODEL.rolloutRow)}`);
  });

  test("keeps the go-live cell and the phase table where the contract has them", () => {
    expect(front.cells.find((c) => c.address === "B8")?.value.kind).toBe("date");
    expect(front.tables[0]).toMatchObject({ name: "Faser", topLeft: "A12" });
  });
});
