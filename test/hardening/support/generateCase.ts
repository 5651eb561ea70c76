/**
 * One bad-input case through `implan generate` (flags, a rollout CSV, a variant file): the exact
 * sentence and exit code, the plans written (and no other file: a refused run writes nothing), and
 * the text each written plan holds where the input's strings land, as text cells.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { implan, tempDir } from "../../support/cli";
import { loadXlsx } from "./entries";

export interface GenerateCase {
  title: string;
  input: {
    /** Arguments after "generate"; "{dir}" stands for the case's folder. */
    args: string[];
    /** Files to put in the folder first (a CSV, a variant, an earlier plan), by path in the folder. */
    files?: Record<string, string | Uint8Array>;
  };
  expected: {
    code: 0 | 1 | 2;
    /** stderr, exactly ("{dir}" for the folder); "" when nothing may be said there. */
    error: string;
    /** A line stdout must hold ("{dir}" for the folder). */
    output?: string;
    /** Every file in the folder afterwards (the input files included), sorted; subfolders as "name/file". */
    files: string[];
    /** Files that must hold exactly the bytes an input file had: { "planer/x.bak.xlsx": "planer/x.xlsx" }. */
    kept?: Record<string, string>;
    /** Text cells the written plans must hold, exactly, as text and not a formula. */
    cells?: { file: string; sheet: string; address: string; text: string }[];
  };
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export async function runGenerateCase({ input, expected }: GenerateCase): Promise<void> {
  const dir = tempDir("implan-generate-");
  for (const [name, content] of Object.entries(input.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const fill = (text: string) => text.replaceAll("{dir}", dir);
  const result = await implan("generate", ...input.args.map(fill));
  expect({ code: result.code, stderr: result.stderr.trim() }).toEqual({ code: expected.code, stderr: fill(expected.error) });
  if (expected.output !== undefined) expect(result.stdout.split("\n")).toContain(fill(expected.output));
  expect(listing(dir)).toEqual([...expected.files].sort());
  for (const [file, original] of Object.entries(expected.kept ?? {})) {
    expect(readFileSync(path.join(dir, file)).equals(Buffer.from(input.files?.[original] ?? ""))).toBe(true);
  }
  for (const { file, sheet, address, text } of expected.cells ?? []) {
    const workbook = await loadXlsx(readFileSync(path.join(dir, file)));
    const cell = workbook.getWorksheet(sheet)?.getCell(address);
    expect({ at: `${file} ${sheet}!${address}`, value: cell?.value, formula: cell?.formula }).toEqual({ at: `${file} ${sheet}!${address}`, value: text, formula: undefined });
  }
}
