/** Fixed words of the rollup workbook, Danish first. Model words (statuses, phases) live in src/model. */
import type { Text } from "../../model/types";
import type { FileOutcome } from "../../plan/rollup/types";

export const ROLLUP_LABELS = {
  title: { da: "Udrulningsstatus", en: "Rollout status" },
  subtitle: { da: "Samlet fra de returnerede implementeringsplaner", en: "Rolled up from the returned implementation plans" },
  asOf: { da: "Statusdato", en: "Status date" },
  asOfHint: {
    da: "Ret datoen her: Forsinket og næste faseovergang regnes fra den.",
    en: "Change the date here: Overdue and the next transition are counted from it.",
  },
  yes: { da: "Ja", en: "Yes" },
  no: { da: "Nej", en: "No" },
  noWave: { da: "Uden bølge", en: "No wave" },
  error: { da: "Fejl", en: "Error" },
  warning: { da: "Advarsel", en: "Warning" },
  keyFigures: { da: "Nøgletal", en: "Key figures" },
  byWave: { da: "Status pr. bølge", en: "Status by wave" },
  byWavePhase: { da: "Opgaver pr. bølge, fase og status", en: "Tasks by wave, phase and status" },
  byTheme: { da: "Opgaver pr. tema og status", en: "Tasks by theme and status" },
  municipalitiesTitle: { da: "Status pr. kommune", en: "Status by municipality" },
  municipalitiesHint: {
    da: "Pct. færdig = Fuldført ÷ (Opgaver − Ikke relevant). Klar = alle succeskriterier i fasen før overgangen er Opfyldt, eller Delvist opfyldt med en begrundelse.",
    en: "% done = Completed ÷ (Tasks − Not applicable). Ready = every success criterion of the phase before the transition is Met, or Partly met with a justification.",
  },
  kpiMunicipalities: { da: "Kommuner", en: "Municipalities" },
  kpiWithPlan: { da: "Med plan", en: "With a plan" },
  kpiTasks: { da: "Opgaver", en: "Tasks" },
  kpiDone: { da: "Pct. færdig", en: "% done" },
  kpiOverdue: { da: "Forsinkede opgaver", en: "Overdue tasks" },
  kpiReady: { da: "Klar til næste faseovergang", en: "Ready for the next transition" },
  kpiFilesWithErrors: { da: "Filer med fejl", en: "Files with errors" },
  kpiErrors: { da: "Fejl i alt", en: "Errors in all" },
  kpiWarnings: { da: "Advarsler i alt", en: "Warnings in all" },
  rolloutTitle: { da: "Udrulning", en: "Rollout" },
  rolloutHint: {
    da: "Ret en bølges go-live i tabellen Bølger: alle kommuner i bølgen flytter med. Skriv en dato i Udrulning for at give én kommune sin egen; slet den igen for at følge bølgen.",
    en: "Change a wave's go-live in the Bølger table: every municipality in the wave moves with it. Type a date in Udrulning to give one municipality its own; delete it to follow the wave again.",
  },
} satisfies Record<string, Text>;

export const OUTCOME_LABELS: Record<FileOutcome, Text> = {
  read: { da: "Læst", en: "Read" },
  duplicate: { da: "Dublet", en: "Duplicate" },
  unknown: { da: "Ikke i udrulningen", en: "Not in the rollout" },
  noMunicipality: { da: "Ingen kommune", en: "No municipality" },
  unreadable: { da: "Kan ikke læses", en: "Unreadable" },
  skipped: { da: "Sprunget over", en: "Skipped" },
  missing: { da: "Mangler", en: "Missing" },
};
