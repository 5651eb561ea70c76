import { ASSESSMENTS, STATUSES } from "./values";
import { CONCEPTS } from "./concepts";
import { CRITERIA } from "./criteria";
import { MUNICIPALITIES } from "./municipalities";
import { PHASES } from "./phases";
import { TASKS } from "./tasks";
import { THEMES } from "./themes";
import { TRANSITIONS } from "./transitions";
import type { Model } from "./types";
import { deepFreeze } from "./freeze";

/** The model's version: written into every workbook so a rollup can tell which model it holds. */
export const MODEL_VERSION = "2018.1";

/** KOMBIT's implementation model as data; frozen, because every plan shares it. */
export const MODEL: Model = deepFreeze({
  version: MODEL_VERSION,
  phases: PHASES,
  transitions: TRANSITIONS,
  themes: THEMES,
  tasks: TASKS,
  criteria: CRITERIA,
  concepts: CONCEPTS,
  municipalities: MUNICIPALITIES,
  statuses: STATUSES,
  assessments: ASSESSMENTS,
});

export type * from "./types";
export { UserError, isUserError } from "./errors";
export { ASSESSMENTS, STATUSES } from "./values";
export { CONCEPTS } from "./concepts";
export { CRITERIA } from "./criteria";
export { MUNICIPALITIES } from "./municipalities";
export { PHASE_IDS, PHASES } from "./phases";
export { TASKS } from "./tasks";
export { THEME_IDS, THEMES } from "./themes";
export { TRANSITIONS } from "./transitions";
export { DAYS_PER_MONTH, approxDays, compareOffsets, describeOffset, describeRange, isWithin, offset } from "./offset";
export * from "./lookup";
export * from "./variant";
