/**
 * `implan rollup`: reads every returned plan (files or folders), validates each, and writes one
 * consolidated workbook (Overblik, Kommuner, Status, Kriterier, Filer, Fund, Udrulning). Exit code
 * 0 when every file was read without errors, 1 when some were not (or were missing, duplicated or
 * outside the rollout; the workbook is still written), 2 when the command cannot run at all.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { UserError } from "../model/errors";
import type { Lang } from "../model/types";
import { parseDateInput, todayCivil } from "../plan/dates";
import { checkRolloutRecords, missingHeaders } from "../plan/rolloutRows";
import { rolloutFromEntries, type RolloutPlan } from "../plan/rollup/rollout";
import { rollupFiles } from "../xlsx/rollupFiles";
import { readRolloutXlsx } from "../xlsx/readRollout";
import { readXlsxBytes } from "../xlsx/fileCheck";
import { writeFileAtomic } from "./atomicWrite";
import { langOption } from "./lang";
import { readRolloutCsv } from "./readCsv";
import { issueLines, jsonReport, progressLine, summaryLines } from "./rollupReport";

interface RollupCliOptions {
  out: string;
  rollout?: string;
  today?: string;
  json?: boolean;
  lang: Lang;
}

export function rollupCommand(): Command {
  return new Command("rollup")
    .description("roll the returned plans up into one workbook: status by wave, phase, theme and municipality")
    .argument("<files-or-folders...>", "returned plans (.xlsx), or folders of them")
    .requiredOption("--out <file.xlsx>", "where to write the consolidated workbook")
    .option("--rollout <file>", "the rollout: a CSV (kommune;bølge;golive) or an .xlsx with the Udrulning table")
    .option("--today <date>", "the status date overdue tasks are counted from (default: today)")
    .option("--json", "print one JSON object instead of the summary")
    .addOption(langOption())
    .addHelpText("after", "\nExamples:\n  implan rollup returnerede/ --rollout udrulning.csv --out status.xlsx\n  implan rollup a.xlsx b.xlsx --out status.xlsx --today 2027-01-15 --json")
    .action(async (inputs: string[], options: RollupCliOptions) => {
      process.exitCode = await runRollup(inputs, options);
    });
}

/** Refuses an --out that cannot be written before spending time on the files. */
async function assertOutWritable(out: string): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const [dirStat, outStat] = await Promise.all([fs.stat(dir).catch(() => undefined), fs.stat(out).catch(() => undefined)]);
  if (!dirStat?.isDirectory() || outStat?.isDirectory()) {
    throw new UserError({
      da: `Kan ikke skrive ${out}: ${outStat?.isDirectory() ? "det er en mappe" : `mappen ${dir} findes ikke`}. Angiv en .xlsx-fil i en mappe, der findes.`,
      en: `Cannot write ${out}: ${outStat?.isDirectory() ? "it is a folder" : `the folder ${dir} does not exist`}. Give an .xlsx file in a folder that exists.`,
    });
  }
}

/** Refuses an --out that is one of the returned plans (or inside a folder of them): it would be overwritten. */
async function assertOutNotAnInput(out: string, inputs: string[]): Promise<void> {
  if (!(await fs.stat(out).catch(() => undefined))?.isFile()) return;
  const target = path.resolve(out);
  const clash = inputs.map((input) => path.resolve(input)).find((input) => input === target || target.startsWith(`${input}${path.sep}`));
  if (clash === undefined) return;
  throw new UserError({
    da: `Kan ikke skrive ${out}: filen er en af de planer, der lægges sammen, og ville blive overskrevet. Skriv samlingen til en anden fil, fx --out status.xlsx uden for mappen med planerne.`,
    en: `Cannot write ${out}: the file is one of the plans being rolled up and would be overwritten. Write the rollup to another file, e.g. --out status.xlsx outside the folder of plans.`,
  });
}

async function loadRollout(file: string): Promise<RolloutPlan> {
  if (/\.xls[xm]$/i.test(file)) return readRolloutXlsx(await readXlsxBytes(file), path.basename(file));
  const { headers, records } = await readRolloutCsv(file);
  const headerProblem = missingHeaders(headers);
  if (headerProblem) throw new UserError(headerProblem.text);
  const { entries, problems } = checkRolloutRecords(records);
  return rolloutFromEntries(path.basename(file), entries, problems);
}

async function runRollup(inputs: string[], options: RollupCliOptions): Promise<number> {
  const { lang } = options;
  await assertOutWritable(options.out);
  await assertOutNotAnInput(options.out, inputs);
  const today = options.today === undefined ? todayCivil() : parseDateInput(options.today);
  const rollout = options.rollout === undefined ? undefined : await loadRollout(options.rollout);
  // With --json, stdout carries only the JSON object; progress goes to stderr.
  const progress = options.json ? console.error : console.log;
  const { result, counts, xlsx } = await rollupFiles(inputs, { rollout, today, lang, onProgress: (p) => progress(progressLine(p, lang)) });
  await writeFileAtomic(options.out, xlsx as Uint8Array);
  for (const line of issueLines(result, lang)) console.error(line);
  if (options.json) console.log(JSON.stringify(jsonReport(options.out, result, counts, lang), null, 2));
  else for (const line of summaryLines(options.out, counts, lang)) console.log(line);
  const failed = result.files.some((f) => f.errors > 0) || (rollout?.problems.length ?? 0) > 0;
  return failed ? 1 : 0;
}
