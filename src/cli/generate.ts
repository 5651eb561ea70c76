/**
 * `implan generate`: one plan from flags, or one plan per row of a rollout CSV. Bad rollout rows are
 * reported with their line numbers while the good rows are still written (exit code 1).
 */
import path from "node:path";
import { promises as fs } from "node:fs";
import { Command, Option } from "commander";
import { resolveMunicipality } from "../model";
import { UserError } from "../model/errors";
import type { Lang } from "../model/types";
import { formatDanishDate, parseDateInput } from "../plan/dates";
import { checkRolloutRecords, missingHeaders } from "../plan/rolloutRows";
import { langOption } from "./lang";
import { loadVariant } from "./loadVariant";
import { planFileName, writePlanFile } from "./planFile";
import { readRolloutCsv } from "./readCsv";

interface GenerateOptions {
  goLive?: string;
  kommune?: string;
  losning?: string;
  bolge?: string;
  variant?: string;
  lang: Lang;
  out?: string;
  rollout?: string;
  outDir?: string;
}

export function generateCommand(): Command {
  return new Command("generate")
    .description("write a planning workbook (.xlsx) whose dates all hang on the go-live cell")
    .option("--go-live <date>", "go-live date, yyyy-mm-dd or dd-mm-yyyy")
    .option("--kommune <name|code>", "municipality, by name or four-digit code")
    .option("--losning <name>", "the solution being implemented, e.g. SAPA")
    .addOption(new Option("--bolge <n>", "rollout wave number"))
    .option("--variant <file.json>", "the project's variant of the model")
    .addOption(langOption())
    .option("--out <file.xlsx>", "where to write the plan")
    .option("--rollout <file.csv>", "one plan per row of a CSV with columns kommune, bølge, golive")
    .option("--out-dir <dir>", "with --rollout: the folder to write the plans in")
    .addHelpText(
      "after",
      "\nExamples:\n  implan generate --go-live 2027-03-01 --kommune Aarhus --losning SAPA --out aarhus.xlsx\n  implan generate --rollout bolge1.csv --out-dir planer/",
    )
    .action(async (options: GenerateOptions) => {
      process.exitCode = options.rollout ? await generateRollout(options) : await generateOne(options);
    });
}

/** The file that was at the output path, kept: "Sikkerhedskopi af den tidligere fil: plan.bak.xlsx". */
function backupLine(backup: string, lang: Lang): string {
  return lang === "da" ? `Sikkerhedskopi af den tidligere fil: ${backup}` : `Backup of the earlier file: ${backup}`;
}

function parseWaveOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,3}$/.test(raw.trim())) {
    throw new UserError({ da: `Bølgen "${raw}" skal være et helt tal, fx 1.`, en: `The wave "${raw}" must be a whole number, e.g. 1.` });
  }
  return Number(raw);
}

async function generateOne(options: GenerateOptions): Promise<number> {
  if (options.goLive === undefined) {
    throw new UserError({
      da: "Angiv go-live-datoen med --go-live, fx --go-live 2027-03-01.",
      en: "Give the go-live date with --go-live, e.g. --go-live 2027-03-01.",
    });
  }
  const goLive = parseDateInput(options.goLive);
  if (!options.out) {
    throw new UserError({ da: "Angiv hvor planen skal gemmes med --out, fx --out plan.xlsx.", en: "Say where to save the plan with --out, e.g. --out plan.xlsx." });
  }
  const municipality = options.kommune === undefined ? undefined : resolveMunicipality(options.kommune);
  const wave = parseWaveOption(options.bolge);
  const variant = await loadVariant(options.variant);
  const backup = await writePlanFile({ goLive, lang: options.lang, variant, municipality, solution: options.losning, wave }, options.out);
  const who = municipality ? `${municipality.name} (${municipality.code}), ` : "";
  console.log(
    options.lang === "da"
      ? `Skrev ${options.out}: ${who}go-live ${formatDanishDate(goLive)}.`
      : `Wrote ${options.out}: ${who}go-live ${formatDanishDate(goLive)}.`,
  );
  if (backup) console.log(backupLine(backup, options.lang));
  return 0;
}

async function generateRollout(options: GenerateOptions): Promise<number> {
  const lang = options.lang;
  if (!options.outDir) {
    throw new UserError({ da: "Angiv mappen til planerne med --out-dir, fx --out-dir planer.", en: "Give the folder for the plans with --out-dir, e.g. --out-dir plans." });
  }
  const variant = await loadVariant(options.variant);
  const { headers, records } = await readRolloutCsv(options.rollout as string);
  const headerProblem = missingHeaders(headers);
  if (headerProblem) throw new UserError(headerProblem.text);
  const { entries, problems } = checkRolloutRecords(records);
  await fs.mkdir(options.outDir, { recursive: true }).catch((error: Error) => {
    throw new UserError({ da: `Kan ikke oprette mappen ${options.outDir}: ${error.message}.`, en: `Cannot create the folder ${options.outDir}: ${error.message}.` });
  });
  for (const problem of problems) {
    console.error(lang === "da" ? `Linje ${problem.line}: ${problem.text.da}` : `Line ${problem.line}: ${problem.text.en}`);
  }
  let written = 0;
  for (const [i, entry] of entries.entries()) {
    const out = path.join(options.outDir, planFileName(entry.municipality.code, entry.municipality.name));
    const backup = await writePlanFile(
      { goLive: entry.goLive, lang, variant, municipality: entry.municipality, solution: options.losning, wave: entry.wave },
      out,
    );
    written++;
    const wave = entry.wave === undefined ? "" : lang === "da" ? `bølge ${entry.wave}, ` : `wave ${entry.wave}, `;
    console.log(`[${i + 1}/${entries.length}] ${entry.municipality.code} ${entry.municipality.name} (${wave}go-live ${formatDanishDate(entry.goLive)}) → ${out}`);
    if (backup) console.log(`  ${backupLine(backup, lang)}`);
  }
  const summary =
    lang === "da"
      ? `${written} planer skrevet i ${options.outDir}; ${problems.length} linjer med fejl.`
      : `${written} plans written to ${options.outDir}; ${problems.length} lines with errors.`;
  console.log(summary);
  return problems.length > 0 ? 1 : 0;
}
