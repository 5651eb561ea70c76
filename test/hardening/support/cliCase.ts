/**
 * One bad-input case through the `implan` CLI: the filled-in plan, changed the way a user or another
 * program changed it, then `implan validate` or `implan update` (in place, so backup and atomic
 * write are part of it). Asserts the exact sentence or finding, the exit code, and that nothing the
 * user typed was lost or changed: a refused or read-only command leaves the folder byte for byte as
 * it was; a successful update keeps the original as its backup and every entry in the new plan.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { implan } from "../../support/cli";
import { USER_ENTRIES, type TypedEntry, loadXlsx, missingEntries, typeEntries, valuesOf } from "./entries";
import { TODAY, folderState, planFile } from "./plans";

export interface ExpectedFinding {
  rule: string;
  sheet: string;
  cell: string;
  /** The Danish message, exactly. */
  message: string;
}

export interface CliCase {
  title: string;
  input: {
    command: "validate" | "update";
    /** More entries typed into the plan (they must survive too), before `edit`. */
    typed?: TypedEntry[];
    /** What happened to the plan after it was generated and filled in. */
    edit?: (workbook: ExcelJS.Workbook) => void | Promise<void>;
    /** More arguments after the file, e.g. ["--go-live", "2027-09-01"]. */
    args?: string[];
    /** Replaces the file by what another program made of it (LibreOffice, openpyxl), after `edit`. */
    resave?: (file: string) => void | Promise<void>;
  };
  expected: {
    code: 0 | 1 | 2;
    /** Exit 2: the one sentence on stderr; "{file}" stands for the plan's path. */
    error?: string;
    /** validate: a finding the report must hold. */
    finding?: ExpectedFinding;
    /** update: the start of what it prints; "{file}" stands for the plan's path. */
    output?: string;
    /** update: whole lines it must print besides. */
    lines?: string[];
    /** update: (ID, header) cells that must stay empty: nothing may be invented. */
    empty?: { id: string; header: string }[];
    /** update: more (ID, header) cells whose value, as the file held it, must be found again. */
    keep?: { id: string; header: string }[];
    /** update: text cells the new plan must hold exactly (front-sheet fields and the like). */
    cells?: { sheet: string; address: string; text: string }[];
    /** update: sheets the new plan must have, by name. */
    sheets?: string[];
  };
}

const fill = (text: string, file: string) => text.replaceAll("{file}", file);

export async function runCliCase({ input, expected }: CliCase): Promise<void> {
  const { dir, file } = await planFile(async (workbook) => {
    typeEntries(workbook, input.typed ?? []);
    await input.edit?.(workbook);
  });
  await input.resave?.(file);
  const before = folderState(dir);
  const argv =
    input.command === "validate"
      ? ["validate", file, "--json", "--today", TODAY, ...(input.args ?? [])]
      : ["update", file, "--today", TODAY, ...(input.args ?? [])];
  const result = await implan(...argv);

  expect({ code: result.code, stderr: result.stderr.trim() }).toEqual({ code: expected.code, stderr: expected.code === 2 ? fill(expected.error ?? "", file) : "" });
  if (expected.code === 2 || input.command === "validate") {
    // Refused, or only read: not a byte of the folder changed.
    expect(folderState(dir)).toEqual(before);
  }
  if (expected.code === 2) {
    expect(result.stdout).toBe("");
    return;
  }
  if (input.command === "validate") {
    const report = JSON.parse(result.stdout) as { issues: { rule: string; sheet: string; cell: string; message: string }[] };
    if (expected.finding) expect(report.issues).toContainEqual(expect.objectContaining(expected.finding));
    return;
  }
  const output = fill(expected.output ?? "", file);
  expect(result.stdout.slice(0, output.length)).toBe(output);
  for (const line of expected.lines ?? []) expect(result.stdout.split("\n")).toContain(fill(line, file));
  const backup = path.join(dir, "plan.bak.xlsx");
  expect(readFileSync(backup).toString("base64")).toBe(before["plan.xlsx"]);
  // The user's entries as the file held them (dates read as dates, text as text) must all be found again.
  const given = await loadXlsx(readFileSync(backup));
  const entries = [...USER_ENTRIES, ...(input.typed ?? []), ...(expected.keep ?? [])].flatMap(({ id, header }) => valuesOf(given, id, header).flatMap((value) => (value === null ? [] : [{ id, header, value }])));
  const updated = await loadXlsx(readFileSync(file));
  expect(missingEntries(updated, entries)).toEqual([]);
  expect(updated.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(expected.sheets ?? []));
  for (const { sheet, address, text } of expected.cells ?? []) expect({ sheet, address, value: updated.getWorksheet(sheet)?.getCell(address).value }).toEqual({ sheet, address, value: text });
  for (const { id, header } of expected.empty ?? []) expect({ id, header, values: valuesOf(updated, id, header).filter((v) => v !== null) }).toEqual({ id, header, values: [] });
}
