/** Words of the self-check block on the phase sheets and of the archive sheet, Danish first. */
import type { Text } from "../model/types";

export const GATE_LABELS = {
  selfCheck: { da: "Selvtjek ved", en: "Self-check at" },
  phaseStatus: { da: "Status for", en: "Status of" },
  tasksByStatus: { da: "Opgaver efter status", en: "Tasks by status" },
  total: { da: "I alt", en: "Total" },
  criteria: { da: "Succeskriterier", en: "Success criteria" },
  met: { da: "Opfyldt", en: "Met" },
  partlyJustified: { da: "Delvist opfyldt med begrundelse", en: "Partly met with a justification" },
  open: {
    da: "Mangler (ikke vurderet, ikke opfyldt, ugyldig eller uden begrundelse)",
    en: "Open (not assessed, not met, invalid or without a justification)",
  },
  ready: { da: "Klar til", en: "Ready for" },
  startedTooEarly: { da: "Næste fase er startet, før selvtjekket er klar", en: "The next phase has started before the self-check is ready" },
  archiveSheet: { da: "Arkiv", en: "Archive" },
  archiveTitle: { da: "Arkiv: poster fra opgaver, som planen ikke længere har", en: "Archive: entries of tasks the plan no longer has" },
  archiveNote: {
    da: "implan update flytter hertil, hvad der var skrevet ved opgaver, som en ny variant fjernede, og rækker med et dubleret eller ukendt ID.",
    en: "implan update moves here what was written at tasks a new variant removed, and rows with a duplicate or unknown ID.",
  },
} satisfies Record<string, Text>;
