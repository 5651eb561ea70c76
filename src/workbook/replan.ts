/**
 * A filled-in plan re-planned as a new description: every entry sorted to its task (or the archive)
 * by the pure merge, the plan built again for the new go-live and variant, and the user's names for
 * the plan's sheets kept. The heart of both `implan update` (src/xlsx/update.ts) and the add-in's
 * re-plan (src/excel/replan.ts), so the same snapshot gives the same workbook through either host.
 */
import { UserError } from "../model/errors";
import type { Municipality, Text, Variant } from "../model/types";
import type { PlanSnapshot } from "../plan/snapshot";
import { storedVariant } from "../plan/storedVariant";
import { frontFields } from "../plan/update/frontFields";
import { mergeEntries, type MergeSummary } from "../plan/update/merge";
import { readGoLive } from "../plan/validation/goLive";
import { buildPlanWorkbook } from "./build";
import { sheetNamesByKey } from "./planSheets";
import { renameSheets } from "./renameSheets";
import type { WorkbookDescription } from "./types";

export interface ReplanOptions {
  /** A file path or the add-in's name for the workbook, for messages. */
  source: string;
  /** The new go-live; the workbook's own when absent. */
  goLive?: Date;
  /** The new variant; the one stored in the workbook when absent. */
  variant?: Variant;
  /** The day of the update (archive dates). */
  today: Date;
  /** Front-sheet fields to write instead of the workbook's own (the add-in's form sends them). */
  front?: { municipality?: Municipality; solution?: string; wave?: number };
  /** Sheet key → name to keep; by default the names the plan's sheets have in the workbook. */
  sheetNames?: Record<string, string>;
}

export interface Replan {
  description: WorkbookDescription;
  goLive: Date;
  variant: Variant;
  /** The variant the workbook was made from. */
  oldVariant: Variant;
  summary: MergeSummary;
  /** Entries that could not be kept as they were, one sentence each. */
  warnings: Text[];
}

function goLiveOf(snapshot: PlanSnapshot, given: Date | undefined): Date {
  if (given) return given;
  const { date, problem } = readGoLive(snapshot);
  if (date) return date;
  throw new UserError({
    da: `Go-live i ${snapshot.source} kan ikke bruges (${problem?.da.replace(/\.$/, "")}); angiv go-live med --go-live.`,
    en: `Go-live in ${snapshot.source} cannot be used (${problem?.en.replace(/\.$/, "")}); give go-live with --go-live.`,
  });
}

/** Throws a UserError when the go-live, the stored variant or the new dates cannot be used. */
export function replanDescription(snapshot: PlanSnapshot, options: ReplanOptions): Replan {
  const oldVariant = storedVariant(snapshot.variantJson, options.source);
  const variant = options.variant ?? oldVariant;
  const goLive = goLiveOf(snapshot, options.goLive);
  const { entries, summary } = mergeEntries(snapshot, { oldVariant, newVariant: variant, today: options.today });
  const read = frontFields(snapshot);
  const front = options.front ?? read;
  const built = buildPlanWorkbook({ goLive, lang: snapshot.lang, variant, municipality: front.municipality, solution: front.solution, wave: front.wave, entries });
  const description = renameSheets(built, options.sheetNames ?? sheetNamesByKey(snapshot));
  return { description, goLive, variant, oldVariant, summary, warnings: options.front ? [] : read.warnings };
}
