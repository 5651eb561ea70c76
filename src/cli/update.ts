/**
 * `implan update FILE.xlsx`: re-plans a filled-in plan for a new go-live, variant or model version
 * and keeps every entry, keyed by ID; entries of tasks the new variant no longer has go to the
 * Arkiv sheet. In place (after a backup next to the file) unless --out is given. Everything is
 * built in memory first and written atomically, so a failed run leaves the original untouched.
 */
import path from "node:path";
import { Command } from "commander";
import type { Lang } from "../model/types";
import { formatDanishDate, parseDateInput, todayCivil, toIsoDate } from "../plan/dates";
import { loadWorkbook } from "../xlsx/read";
import { readXlsxBytes } from "../xlsx/fileCheck";
import { updatePlanWorkbook, type UpdateReport } from "../xlsx/update";
import { writeFileAtomic } from "./atomicWrite";
import { backupFile } from "./backup";
import { messageLangOption } from "./messageLang";
import { loadVariant } from "./loadVariant";

interface UpdateOptions {
  goLive?: string;
  variant?: string;
  out?: string;
  today?: string;
  lang: Lang;
}

/** "1 opgave" / "2 opgaver". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(file: string, report: UpdateReport, backup: string | undefined, lang: Lang): string[] {
  const goLive = lang === "da" ? formatDanishDate(report.goLive) : toIsoDate(report.goLive);
  const { tasksWithEntries: tasks, localTasks: locals, archived, restored } = report;
  const lines =
    lang === "da"
      ? [
          `Opdaterede ${file}: go-live ${goLive}; ${count(tasks, "opgave", "opgaver")} med poster, ${count(locals, "lokal opgave", "lokale opgaver")}, ${count(archived, "række", "rækker")} arkiveret på arket Arkiv, ${restored} hentet tilbage fra arkivet.`,
        ]
      : [
          `Updated ${file}: go-live ${goLive}; ${count(tasks, "task", "tasks")} with entries, ${count(locals, "local task", "local tasks")}, ${count(archived, "row", "rows")} archived on the Archive sheet, ${restored} restored from the archive.`,
        ];
  if (report.userSheets.length > 0) {
    lines.push(
      lang === "da"
        ? `Egne ark overført: ${report.userSheets.join(", ")} (værdier, formler og formatering; diagrammer, billeder og pivottabeller kan ikke overføres).`
        : `Own sheets carried over: ${report.userSheets.join(", ")} (values, formulas and formatting; charts, images and pivot tables cannot be carried over).`,
    );
  }
  lines.push(...report.warnings.map((w) => w[lang]));
  if (backup) lines.push(lang === "da" ? `Sikkerhedskopi: ${backup}` : `Backup: ${backup}`);
  return lines;
}

export function updateCommand(): Command {
  return new Command("update")
    .description("re-plan a filled-in plan for a new go-live or variant, keeping every entry")
    .argument("<file>", "the plan workbook (.xlsx)")
    .option("--go-live <date>", "the new go-live date, yyyy-mm-dd or dd-mm-yyyy; the workbook's own by default")
    .option("--variant <file.json>", "the new variant of the model; the one stored in the workbook by default")
    .option("--out <file.xlsx>", "write the new plan here instead of over FILE (then no backup is made)")
    .option("--today <date>", "the date written on archived rows (yyyy-mm-dd); today by default")
    .addOption(messageLangOption())
    .addHelpText("after", "\nExamples:\n  implan update aarhus.xlsx --go-live 2027-09-01\n  implan update aarhus.xlsx --variant variant.json --out aarhus-ny.xlsx")
    .action(async (file: string, options: UpdateOptions) => {
      const goLive = options.goLive === undefined ? undefined : parseDateInput(options.goLive);
      const today = options.today === undefined ? todayCivil() : parseDateInput(options.today);
      const variant = options.variant === undefined ? undefined : await loadVariant(options.variant);
      const old = await loadWorkbook(await readXlsxBytes(file), file);
      const { workbook, report } = updatePlanWorkbook(old, { source: file, goLive, variant, today });
      const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const inPlace = options.out === undefined || path.resolve(options.out) === path.resolve(file);
      const backup = inPlace ? await backupFile(file) : undefined;
      const target = inPlace ? file : (options.out as string);
      await writeFileAtomic(target, bytes);
      console.log(summary(target, report, backup, options.lang).join("\n"));
    });
}
