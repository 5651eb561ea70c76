/** What a plan workbook is made from. */
import type { Lang, Municipality, Variant } from "../model/types";

export interface PlanInput {
  /** Go-live as a UTC-midnight date (see src/plan/dates). */
  goLive: Date;
  lang: Lang;
  variant: Variant;
  municipality?: Municipality;
  solution?: string;
  wave?: number;
}
