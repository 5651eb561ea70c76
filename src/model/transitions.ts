import { deepFreeze } from "./freeze";
import type { Transition } from "./types";

/** The three phase transitions: natural moments for a (self-)check against the success criteria. */
export const TRANSITIONS: Transition[] = deepFreeze([
  { id: "F1-F2", from: "F1", to: "F2", name: { da: "Faseovergang 1→2", en: "Phase transition 1→2" } },
  { id: "F2-F3", from: "F2", to: "F3", name: { da: "Faseovergang 2→3", en: "Phase transition 2→3" } },
  { id: "F3-F4", from: "F3", to: "F4", name: { da: "Faseovergang 3→4", en: "Phase transition 3→4" } },
]);
