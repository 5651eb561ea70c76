/**
 * The task pane's PlanHost on Office.js: every call goes through an `ExcelRun` (production passes
 * `Excel.run`, tests the fake host's `run`), on top of src/excel's renderer and reader and the plan
 * layer's validation. Every failure reaches the caller as a UserError that says what to do.
 */
import { UserError } from "../model/errors";
import type { Text } from "../model/types";
import { toIsoDate, todayCivil } from "../plan/dates";
import { phaseWindows } from "../plan/phases";
import { storedVariant } from "../plan/storedVariant";
import { validatePlan } from "../plan/validation";
import { buildPlanWorkbook } from "../workbook/build";
import { META_TABLE, NAMES } from "../workbook/layout";
import { SKIPPED_TEXT, renderDescription } from "./render";
import { asUserErrors } from "./errors";
import { createChangeWatch, selectCell } from "./excelPlanHostCells";
import { WORKBOOK_SOURCE, existingPlanOf, phaseDates, planInputOf } from "./excelPlanHostRequest";
import { rollupMethods } from "./excelPlanHostRollup";
import { writeValidationSheet } from "./excelPlanHostSheet";
import { updateOpenPlan } from "./excelPlanHostUpdate";
import { type ExcelRun, type Supports, apiMinor } from "./host";
import type { HostDescription, PlanHost } from "./planHost";
import { readPlanSnapshot } from "./readView";

const STEPS = {
  build: { da: "Beregner planens datoer …", en: "Computing the plan's dates …" },
  write: { da: "Skriver planen i Excel …", en: "Writing the plan into Excel …" },
  read: { da: "Læser planen …", en: "Reading the plan …" },
  check: { da: "Kontrollerer planen …", en: "Checking the plan …" },
} satisfies Record<string, Text>;

/** The newest ExcelApi 1.x that `supports` says yes to, checking upwards from the manifest's 1.7. */
function newestApi(supports: Supports): string {
  let minor = apiMinor("1.7");
  while (minor < 99 && supports(`1.${minor + 1}`)) minor++;
  return `1.${minor}`;
}

export interface ExcelPlanHostOptions {
  /** Where Excel runs, from Office's context; without it the platform is "unknown". */
  describe?: () => Promise<HostDescription>;
}

/** True when the workbook has a plan's GoLive name or metadata table: one small sync. */
async function planPresent(run: ExcelRun): Promise<boolean> {
  return asUserErrors("read", () =>
    run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject(NAMES.goLive);
      name.load("name");
      const meta = context.workbook.tables.getItemOrNullObject(META_TABLE);
      meta.load("name");
      // What an interrupted re-plan left is a plan too: the next update finishes it.
      const leftover = context.workbook.tables.getItemOrNullObject(`Implan_ny_${META_TABLE}`);
      leftover.load("name");
      await context.sync();
      return !name.isNullObject || !meta.isNullObject || !leftover.isNullObject;
    }),
  );
}

export function createExcelPlanHost(run: ExcelRun, supports: Supports, options: ExcelPlanHostOptions = {}): PlanHost {
  const watch = createChangeWatch(run);
  return {
    describe: options.describe ?? (async () => ({ platform: "unknown", excelApi: newestApi(supports) })),

    async hasPlan() {
      if (!(await planPresent(run))) return null;
      return existingPlanOf(await readPlanSnapshot(run));
    },

    async createPlan(request, progress) {
      progress?.(STEPS.build);
      const input = planInputOf(request);
      const description = buildPlanWorkbook(input);
      progress?.(STEPS.write);
      const result = await renderDescription(run, description, { supports });
      const notes = [...result.skipped.map((key) => SKIPPED_TEXT[key]), ...result.notes];
      return { windows: phaseDates(phaseWindows(input.goLive, input.variant)), notes };
    },

    updatePlan: (request, progress) => updateOpenPlan(run, request, { supports, progress }),

    async readAndValidate(options = {}, progress) {
      progress?.(STEPS.read);
      const snapshot = await readPlanSnapshot(run);
      progress?.(STEPS.check);
      const today = options.today ?? todayCivil();
      const result = validatePlan(snapshot, { variant: storedVariant(snapshot.variantJson, WORKBOOK_SOURCE), today });
      return { ...result, lang: snapshot.lang, checkedOn: toIsoDate(today), rows: snapshot.tasks.length + snapshot.criteria.length };
    },

    selectCell: (sheet, address) => selectCell(run, sheet, address),

    async writeValidationSheet(input, progress) {
      if (!input.report && !input.messages?.length) {
        throw new UserError({ da: "Der er intet at skrive på arket Validering; valider planen først.", en: "There is nothing to write on the Validation sheet; validate the plan first." });
      }
      progress?.({ da: "Skriver arket Validering …", en: "Writing the Validation sheet …" });
      return writeValidationSheet(run, input, input.report?.lang ?? "da");
    },

    watchChanges: (onChange) => watch(onChange),

    ...rollupMethods(run, supports),
  };
}
