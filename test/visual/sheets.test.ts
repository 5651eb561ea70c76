/** The visual sheets' place in the workbook, and the print setup of every sheet a person sees. */
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { buildPlanWorkbook } from "../../src/workbook/build";
import type { SheetDescription } from "../../src/workbook/types";
import { VARIED, planInput } from "./support/plans";

const cases = [
  { title: "a Danish plan", input: planInput("2027-03-01") },
  { title: "an English plan of a varied model", input: planInput("2027-08-31", { lang: "en", variant: VARIED }) },
];

/** Every A1 reference in a formula that names another sheet, e.g. 'Fase 1'!B5 or Forside!$B$8. */
/** "B4:D5" → B4, C4, D4, B5, C5, D5. */
function cellsOf(range: string): string[] {
  const [from, to] = range.split(":").map(parseAddress);
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++) for (let column = from.column; column <= to.column; column++) cells.push(cellAddress(column, row));
  return cells;
}

const crossSheetRef = /(?:'[^']+'|[A-Za-z_][\w.]*)!\$?[A-Z]{1,3}\$?\d+/;

describe.each(cases)("$title", ({ input }) => {
  const workbook = buildPlanWorkbook(input);
  const kinds = workbook.sheets.map((s) => s.kind);
  const visible = workbook.sheets.filter((s) => s.visibility === "visible");

  test("puts Forside, Overblik and Tidslinje first, then phase and theme sheets, hidden lists and very hidden metadata last", () => {
    expect(kinds.slice(0, 3)).toEqual(["front", "overview", "timeline"]);
    const rest = kinds.slice(3).filter((k) => k !== "archive");
    expect(rest).toEqual([...Array(4).fill("phase"), ...Array(7).fill("theme"), "lists", "meta"]);
    expect(workbook.sheets.find((s) => s.kind === "lists")?.visibility).toBe("hidden");
    expect(workbook.sheets.find((s) => s.kind === "meta")?.visibility).toBe("veryHidden");
  });

  test("gives every visible sheet A4 landscape print setup with municipality, sheet and page in the footer", () => {
    for (const sheet of visible) {
      expect(sheet.print).toMatchObject({ orientation: "landscape" });
      expect(sheet.print?.footer).toEqual({ left: "Aarhus", center: "&A", right: expect.stringMatching(/&P.*&N/) });
    }
  });

  test("repeats the header rows of the timeline on every printed page", () => {
    const timeline = workbook.sheets.find((s) => s.kind === "timeline")!;
    expect(timeline.print?.repeatRows).toBe("3:6");
  });

  test.each(["overview", "timeline"])("finds tasks on %s through tables and names, never by another sheet's cell address", (kind) => {
    const sheet = workbook.sheets.find((s) => s.kind === kind) as SheetDescription;
    const formulas = sheet.cells.flatMap((c) => (c.value.kind === "formula" ? [c.value.formula] : []));
    expect(formulas.length).toBeGreaterThan(100);
    for (const formula of formulas) expect(formula).not.toMatch(crossSheetRef);
  });

  test("keeps conditional formats few, each over one rectangular range", () => {
    for (const sheet of visible.filter((s) => s.kind === "overview" || s.kind === "timeline" || s.kind === "front")) {
      expect(sheet.conditionalFormats.length).toBeLessThanOrEqual(10);
      for (const format of sheet.conditionalFormats) expect(format.range).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);
    }
  });

  test("uses only styles the workbook defines", () => {
    for (const sheet of workbook.sheets) {
      for (const c of sheet.cells) if (c.style) expect(workbook.styles[c.style]).toBeDefined();
    }
  });

  test("writes each cell of the visual sheets once and merges no cell twice", () => {
    for (const sheet of workbook.sheets.filter((s) => ["front", "overview", "timeline"].includes(s.kind))) {
      const addresses = sheet.cells.map((c) => c.address);
      expect(new Set(addresses).size).toBe(addresses.length);
      const merged = sheet.merges.flatMap(cellsOf);
      expect(new Set(merged).size).toBe(merged.length);
    }
  });
});
