/** The small pieces of update: the stored variant, the front sheet's fields, date formats, backups. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseVariant } from "../../src/model";
import { isUserError } from "../../src/model/errors";
import { serializeVariant } from "../../src/model/variant-serialize";
import { backupFile } from "../../src/cli/backup";
import { storedVariant } from "../../src/plan/storedVariant";
import { frontFields } from "../../src/plan/update/frontFields";
import { isDateFormat } from "../../src/plan/update/entryCells";
import { tempDir } from "../support/cli";
import { freshSnapshot } from "../validate/support";

const variant = parseVariant({ workdaysOnly: true, phaseStarts: { F1: { months: -8 } }, tasks: { "PRJ-01": { deadline: { date: "2026-10-01" } } } });

describe("storedVariant", () => {
  test.each([
    { title: "the file form the workbook stores", json: JSON.stringify(serializeVariant(variant)) },
    { title: "the parsed form the first workbooks stored", json: JSON.stringify(variant) },
  ])("reads $title", ({ json }) => {
    expect(storedVariant(json, "plan.xlsx")).toEqual(variant);
  });

  test("is the model's default when nothing is stored", () => {
    expect(storedVariant(undefined, "plan.xlsx")).toEqual(parseVariant({}));
  });

  test.each([
    { title: "text that is not JSON", json: "{nope", message: /^Varianten, der er gemt i plan\.xlsx, kan ikke bruges \(den er ikke gyldig JSON\); angiv varianten med --variant\.$/ },
    { title: "a variant that breaks the rules", json: JSON.stringify({ removedTasks: ["PRJ-04"] }), message: /kan ikke bruges \(Variantfilen er ugyldig: removedTasks\[0\]/ },
  ])("refuses $title with one sentence", ({ json, message }) => {
    let text = "";
    try {
      storedVariant(json, "plan.xlsx");
    } catch (error) {
      if (!isUserError(error)) throw error;
      text = error.text.da;
    }
    expect(text).toMatch(message);
  });
});

describe("frontFields", () => {
  test("reads the municipality by code, the solution and the wave", () => {
    const snapshot = freshSnapshot();
    Object.assign(snapshot, {
      municipality: { sheet: "Forside", cell: { address: "B4", value: "Aarhus" } },
      municipalityCode: { sheet: "Forside", cell: { address: "B5", value: "0751" } },
      solution: { sheet: "Forside", cell: { address: "B6", value: "SAPA" } },
      wave: { sheet: "Forside", cell: { address: "B7", value: 2 } },
    });
    expect(frontFields(snapshot)).toEqual({ municipality: { id: "0751", code: "0751", name: "Aarhus" }, solution: "SAPA", wave: 2, warnings: [] });
  });

  test("keeps a municipality it does not know as typed, and warns about a wave that is not a number", () => {
    const snapshot = freshSnapshot();
    Object.assign(snapshot, {
      municipality: { sheet: "Forside", cell: { address: "B4", value: "Fællesforvaltningen" } },
      wave: { sheet: "Forside", cell: { address: "B7", value: "første" } },
    });
    const fields = frontFields(snapshot);
    expect(fields.municipality).toEqual({ id: "Fællesforvaltningen", code: "", name: "Fællesforvaltningen" });
    expect(fields.wave).toBeUndefined();
    expect(fields.warnings[0].da).toMatch(/Bølgen "første"/);
  });
});

describe("isDateFormat", () => {
  test.each([
    { format: "dd-mm-yyyy", expected: true },
    { format: "[$-406]d. mmmm yyyy", expected: true },
    { format: "m/d/yy", expected: true },
    { format: "0.00", expected: false },
    { format: '#,##0 "kr"', expected: false },
    { format: "mm:ss", expected: false },
    { format: undefined, expected: false },
  ])("$format → $expected", ({ format, expected }) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("backupFile", () => {
  test("copies to NAME.bak.xlsx, then to a timestamped name, never over an existing backup", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    writeFileSync(file, "one");
    expect(await backupFile(file, new Date(2026, 9, 1, 8, 30, 0))).toBe(path.join(dir, "plan.bak.xlsx"));
    writeFileSync(file, "two");
    expect(await backupFile(file, new Date(2026, 9, 1, 8, 30, 0))).toBe(path.join(dir, "plan.bak-20261001-083000.xlsx"));
    expect(readFileSync(path.join(dir, "plan.bak.xlsx"), "utf8")).toBe("one");
    expect(await backupFile(file, new Date(2026, 9, 1, 8, 30, 0))).toBe(path.join(dir, "plan.bak-20261001-083000-2.xlsx"));
    expect(existsSync(file)).toBe(true);
  });
});
