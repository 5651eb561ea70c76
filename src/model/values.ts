import { deepFreeze } from "./freeze";
import type { AssessmentValue, StatusValue } from "./types";

/** A task's status (KLIK marks a task "fuldført" when done). First value is the default. */
export const STATUSES: StatusValue[] = deepFreeze([
  { id: "ikke-startet", label: { da: "Ikke startet", en: "Not started" } },
  { id: "i-gang", label: { da: "I gang", en: "In progress" } },
  { id: "fuldfoert", label: { da: "Fuldført", en: "Completed" } },
  { id: "ikke-relevant", label: { da: "Ikke relevant", en: "Not applicable" } },
]);

/** How well a success criterion is met at a phase transition. First value is the default. */
export const ASSESSMENTS: AssessmentValue[] = deepFreeze([
  { id: "ikke-vurderet", label: { da: "Ikke vurderet", en: "Not assessed" } },
  { id: "ikke-opfyldt", label: { da: "Ikke opfyldt", en: "Not met" } },
  { id: "delvist-opfyldt", label: { da: "Delvist opfyldt", en: "Partly met" } },
  { id: "opfyldt", label: { da: "Opfyldt", en: "Met" } },
]);
