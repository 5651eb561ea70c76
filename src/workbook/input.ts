/** What a plan workbook is made from. */
import type { Lang, Municipality, Variant } from "../model/types";
import type { PlanEntries } from "../plan/update/entries";

export interface PlanInput {
  /** Go-live as a UTC-midnight date (see src/plan/dates). */
  goLive: Date;
  lang: Lang;
  variant: Variant;
  municipality?: Municipality;
  solution?: string;
  wave?: number;
  /** What people typed into an earlier version of the plan (implan update); absent for a new plan. */
  entries?: PlanEntries;
}
