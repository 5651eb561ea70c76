/**
 * Node: the rollup of files and folders. A folder is walked (sub-folders too, symbolic links not
 * followed); its .xlsx/.xlsm files are plans, anything else is listed as skipped, never silently
 * ignored. Files are loaded one at a time, when their turn comes, through readXlsxBytes (which
 * applies archiveLimits), so a file of hundreds of megabytes is refused from its size unread.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../model/errors";
import type { Text } from "../model/types";
import { readXlsxBytes } from "./fileCheck";
import { rollupSources, type RollupOptions, type RollupOutput, type RollupSource } from "./rollupSources";

export type RollupInput = string | { name: string; bytes: Uint8Array | ArrayBuffer };

const WORKBOOK = /\.xls[xm]$/i;
/** Excel's lock files ("~$plan.xlsx") and hidden files are not plans, whatever their extension. */
const NOT_A_PLAN = /^(~\$|\.)/;

function notAWorkbook(name: string): Text {
  return { da: `${name} er ikke en Excel-projektmappe (.xlsx) og er sprunget over.`, en: `${name} is not an Excel workbook (.xlsx) and was skipped.` };
}

/** How a file is named in Filer and on the console: its path relative to the folder given. */
function displayName(file: string, root: string | undefined): string {
  return root === undefined ? file : path.join(path.basename(root), path.relative(root, file));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, "da"))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** The backups `implan generate` and `update` keep next to a plan ("plan.bak.xlsx", "plan.bak-20270115-0930.xlsx"). */
const BACKUP = /\.bak(-[\d-]+)?\.xls[xm]$/i;

function backupSkipped(name: string): Text {
  return { da: `${name} er en sikkerhedskopi fra implan og er sprunget over.`, en: `${name} is a backup made by implan and was skipped.` };
}

function fileSource(file: string, name: string): RollupSource {
  if (!WORKBOOK.test(file) || NOT_A_PLAN.test(path.basename(file))) return { name, skip: notAWorkbook(name) };
  if (BACKUP.test(file)) return { name, skip: backupSkipped(name) };
  return { name, bytes: () => readXlsxBytes(file) };
}

/** Every input as a source, in the order given (a folder's files sorted by name). */
async function expandInputs(inputs: RollupInput[]): Promise<RollupSource[]> {
  const sources: RollupSource[] = [];
  for (const input of inputs) {
    if (typeof input !== "string") {
      sources.push({ name: input.name, bytes: input.bytes });
      continue;
    }
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) throw new UserError({ da: `${input} findes ikke.`, en: `${input} does not exist.` });
    if (stat.isDirectory()) {
      for (const file of await walk(input)) sources.push(fileSource(file, displayName(file, input)));
    } else {
      // A file named on the command line is meant as a plan, whatever its extension.
      sources.push({ name: input, bytes: () => readXlsxBytes(input) });
    }
  }
  return sources;
}

/**
 * The rollup of plan files, folders of them, or byte buffers: what the CLI and the bench call.
 *
 * @example
 * const { result, counts, xlsx } = await rollupFiles(["returned/"], { today: civilDate(2027, 1, 15), rollout });
 */
export async function rollupFiles(inputs: RollupInput[], options: RollupOptions): Promise<RollupOutput> {
  const sources = await expandInputs(inputs);
  if (sources.length === 0) {
    throw new UserError({
      da: "Der er ingen filer at lægge sammen; angiv de returnerede planer eller mapper med dem.",
      en: "There are no files to roll up; give the returned plans, or folders holding them.",
    });
  }
  return rollupSources(sources, options);
}
