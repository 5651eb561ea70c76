/**
 * `implan validate FILE.xlsx`: reads a filled-in plan back, checks it against the model and its
 * variant, and says what is wrong and where. Exit 0 without errors (warnings allowed), 1 with
 * errors, 2 when the file cannot be read as a plan.
 */
import { Command } from "commander";
import type { Lang } from "../model/types";
import { parseDateInput, todayCivil } from "../plan/dates";
import { storedVariant } from "../plan/storedVariant";
import { validatePlan } from "../plan/validation";
import { readPlanFile } from "../xlsx/read";
import { messageLangOption } from "./messageLang";
import { formatReport, jsonReport } from "./validationReport";

interface ValidateOptions {
  json?: boolean;
  today?: string;
  lang: Lang;
}

export function validateCommand(): Command {
  return new Command("validate")
    .description("check a filled-in plan workbook: statuses, dates, IDs, deviations and the phase-transition self-checks")
    .argument("<file>", "the plan workbook (.xlsx)")
    .option("--json", "print one JSON object { file, errors, warnings, issues, gates }")
    .option("--today <date>", "the date to check deadlines against (yyyy-mm-dd); today by default")
    .addOption(messageLangOption())
    .addHelpText("after", "\nExit codes: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be read as a plan.\n\nExample:\n  implan validate aarhus.xlsx --today 2027-01-15")
    .action(async (file: string, options: ValidateOptions) => {
      const today = options.today === undefined ? todayCivil() : parseDateInput(options.today);
      const { snapshot } = await readPlanFile(file);
      const result = validatePlan(snapshot, { variant: storedVariant(snapshot.variantJson, file), today });
      console.log(options.json ? JSON.stringify(jsonReport(file, result, options.lang), null, 2) : formatReport(file, result, options.lang));
      process.exitCode = result.findings.some((f) => f.severity === "error") ? 1 : 0;
    });
}
