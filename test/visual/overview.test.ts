/** Overblik's formulas: what each figure counts, in the workbook's own words. */
import { MODEL } from "../../src/model";
import type { Lang } from "../../src/model/types";
import { scheduleTasks } from "../../src/plan/schedule";
import { cellAddress } from "../../src/workbook/address";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { MATRIX_COLUMNS, OVERVIEW, PHASE_BLOCK, TOTAL_GROUP, kpiCell, matrixColumn } from "../../src/workbook/overviewLayout";
import { countTasksFormula, excelText, taskColumnRef } from "../../src/workbook/taskFormulas";
import type { Cell, SheetDescription } from "../../src/workbook/types";
import { VARIED, planInput } from "./support/plans";

function overview(lang: Lang, variant = VARIED): SheetDescription {
  return buildPlanWorkbook(planInput("2027-03-01", { lang, variant })).sheets.find((s) => s.kind === "overview")!;
}

function cellAt(sheet: SheetDescription, address: string): Cell {
  const found = sheet.cells.find((c) => c.address === address);
  if (!found) throw new Error(`No cell ${address} on ${sheet.name}`);
  return found;
}

function formulaAt(sheet: SheetDescription, address: string): string {
  const { value } = cellAt(sheet, address);
  if (value.kind !== "formula") throw new Error(`${address} holds no formula`);
  return value.formula;
}

describe("the helpers that write task formulas", () => {
  test.each([
    { title: "a Danish status column", lang: "da" as const, key: "status" as const, expected: "Opgaver_PRJ[Status]" },
    { title: "an English phase column", lang: "en" as const, key: "phase" as const, expected: "Opgaver_PRJ[Phase]" },
    { title: "a header with a space", lang: "da" as const, key: "completed" as const, expected: "Opgaver_PRJ[Fuldført dato]" },
  ])("refer to $title by table and header", ({ lang, key, expected }) => {
    expect(taskColumnRef("PRJ", key, lang)).toBe(expected);
  });

  test("double the quotes of a text literal", () => {
    expect(excelText('Sig "ja"')).toBe('"Sig ""ja"""');
  });

  test("count Ikke startet as every status that is not one of the other three, so blanks are counted too", () => {
    expect(countTasksFormula({ theme: "GEV", phaseLabel: "Fase 1 Opstart", status: "ikke-startet" }, "da")).toBe(
      'COUNTIFS(Opgaver_GEV[Fase],"Fase 1 Opstart",Opgaver_GEV[Status],"<>I gang",Opgaver_GEV[Status],"<>Fuldført",Opgaver_GEV[Status],"<>Ikke relevant")',
    );
  });

  test("count overdue tasks as a deadline before today and a status neither done nor not applicable", () => {
    expect(countTasksFormula({ theme: "SIK", overdue: true }, "en")).toBe(
      'COUNTIFS(Opgaver_SIK[Deadline],"<"&TODAY(),Opgaver_SIK[Status],"<>Completed",Opgaver_SIK[Status],"<>Not applicable")',
    );
  });
});

describe.each(["da", "en"] as const)("Overblik of a plan in %s", (lang) => {
  const sheet = overview(lang);
  const phaseLabel = (i: number) => MODEL.phases[i].label[lang];
  const statusLabel = (i: number) => MODEL.statuses[i].label[lang];

  test("counts each theme × phase × status cell with COUNTIFS on that theme's table, in the workbook's words", () => {
    MODEL.themes.forEach((theme, t) => {
      MODEL.phases.forEach((_, g) => {
        MODEL.statuses.forEach((status, s) => {
          const formula = formulaAt(sheet, cellAddress(matrixColumn(g, s), OVERVIEW.matrixFirstRow + t));
          expect(formula).toBe(countTasksFormula({ theme: theme.id, phaseLabel: phaseLabel(g), status: status.id }, lang));
          expect(formula).toContain(`Opgaver_${theme.id}[`);
          expect(formula).toContain(`"${phaseLabel(g)}"`);
        });
      });
    });
  });

  test("labels the matrix with the phases and statuses of the model, in order", () => {
    MODEL.phases.forEach((_, g) => expect(cellAt(sheet, cellAddress(matrixColumn(g, 0), OVERVIEW.matrixGroupRow)).value).toEqual({ kind: "text", text: phaseLabel(g) }));
    for (let g = 0; g <= TOTAL_GROUP; g++) {
      MODEL.statuses.forEach((_, s) => expect(cellAt(sheet, cellAddress(matrixColumn(g, s), OVERVIEW.matrixStatusRow)).value).toEqual({ kind: "text", text: statusLabel(s) }));
    }
  });

  test("caches the counts of a new plan: every task Ikke startet, in its scheduled phase", () => {
    const tasks = scheduleTasks(planInput("2027-03-01", { variant: VARIED }).goLive, VARIED);
    MODEL.themes.forEach((theme, t) => {
      MODEL.phases.forEach((phase, g) => {
        const expected = tasks.filter((task) => task.theme === theme.id && task.phase === phase.id).length;
        expect(cellAt(sheet, cellAddress(matrixColumn(g, 0), OVERVIEW.matrixFirstRow + t)).value).toMatchObject({ result: expected });
      });
    });
    expect(cellAt(sheet, cellAddress(MATRIX_COLUMNS.tasks, OVERVIEW.matrixTotalRow)).value).toMatchObject({ result: tasks.length });
  });

  test("reads each phase transition's gate from the name the phase sheets give it", () => {
    MODEL.transitions.forEach((transition, i) => {
      const formula = formulaAt(sheet, cellAddress(PHASE_BLOCK.gateState[0], OVERVIEW.phaseFirstRow + i));
      expect(formula).toMatch(new RegExp(`^IF\\(Faseovergang${transition.from.slice(1)}${transition.to.slice(1)}Klar,`));
    });
  });

  test("shows go-live, days to go-live and today from GoLive and TODAY()", () => {
    expect(formulaAt(sheet, kpiCell("goLive"))).toBe("GoLive");
    expect(formulaAt(sheet, kpiCell("daysToGoLive"))).toBe("GoLive-TODAY()");
    expect(formulaAt(sheet, kpiCell("today"))).toBe("TODAY()");
  });

  test("draws the progress bar with one rule over the bar cells of all phases", () => {
    const bar = sheet.conditionalFormats.filter((f) => f.range.startsWith(cellAddress(PHASE_BLOCK.bar[0], OVERVIEW.phaseFirstRow)));
    expect(bar).toHaveLength(1);
    expect(bar[0].range).toBe(`${cellAddress(PHASE_BLOCK.bar[0], OVERVIEW.phaseFirstRow)}:${cellAddress(PHASE_BLOCK.bar[1], OVERVIEW.phaseTotalRow)}`);
    expect(bar[0].fill).toMatch(/^[0-9A-F]{6}$/);
  });
});
