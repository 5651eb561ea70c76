/** Moving a formula to another row as Excel's copy and paste does. */
import { shiftFormulaRows } from "../../src/workbook/formulaShift";

const cases: { title: string; formula: string; delta: number; expected: string }[] = [
  { title: "a relative reference moves", formula: "G7-TODAY()", delta: 2, expected: "G9-TODAY()" },
  { title: "an absolute row stays", formula: "$G$7+G$7+$G7", delta: 3, expected: "$G$7+G$7+$G10" },
  { title: "both ends of a range move", formula: "SUM(B2:C7)", delta: -1, expected: "SUM(B1:C6)" },
  { title: "text in quotes stays", formula: '"se B7"&B7', delta: 1, expected: '"se B7"&B8' },
  { title: "a quoted sheet name stays, its reference moves", formula: "'Fase 1 (B7)'!B7", delta: 1, expected: "'Fase 1 (B7)'!B8" },
  { title: "structured references stay", formula: "Opgaver_PRJ[[#This Row],[Deadline]]-TODAY()", delta: 5, expected: "Opgaver_PRJ[[#This Row],[Deadline]]-TODAY()" },
  { title: "names and functions that look like references stay", formula: "LOG10(A1)+Fase1Start+ATAN2(1,2)", delta: 1, expected: "LOG10(A2)+Fase1Start+ATAN2(1,2)" },
  { title: "a reference that would leave the sheet stays", formula: "A1+A2", delta: -1, expected: "A1+A1" },
  { title: "no move, no change", formula: "A1", delta: 0, expected: "A1" },
];

describe("shiftFormulaRows", () => {
  test.each(cases)("$title: $formula by $delta → $expected", ({ formula, delta, expected }) => {
    expect(shiftFormulaRows(formula, delta)).toBe(expected);
  });
});
