/** The words of the validation view, in its own chunk. */
import type { Language } from "../i18n";

export interface ValidateStrings {
  heading: string;
  intro: string;
  run: string;
  rerun: string;
  progress: string;
  failed: string;
  writeSheet: string;
  writeProgress: string;
  writeFailed: string;
  written: (sheet: string) => string;
  selectFailed: string;
  live: string;
  liveHint: string;
  liveLarge: (rows: number) => string;
  liveFailed: string;
  liveChecked: (rows: number, findings: number) => string;
  changed: string;
  summary: (errors: number, warnings: number, day: string) => string;
  clean: (day: string) => string;
  errors: string;
  warnings: string;
  workbook: string;
  selectHint: string;
  gates: string;
  ready: string;
  notReady: string;
  started: (ids: string) => string;
  findings: string;
}

export const VALIDATE_STRINGS: Record<Language, ValidateStrings> = {
  da: {
    heading: "Valider",
    intro: "Kontrollér opgaver, datoer og succeskriterier i projektmappen mod modellen. Vælg et fund for at gå til cellen.",
    run: "Valider nu",
    rerun: "Valider igen",
    progress: "Læser og kontrollerer planen …",
    failed: "Planen blev ikke kontrolleret",
    writeSheet: "Skriv Validering-ark",
    writeProgress: "Skriver arket Validering …",
    writeFailed: "Arket Validering blev ikke skrevet",
    written: (sheet) => `Arket "${sheet}" er skrevet og vist.`,
    selectFailed: "Cellen kunne ikke vælges",
    live: "Valider løbende",
    liveHint: "Kontrollerer de rækker, du ændrer i opgave- og kriterietabellerne, lige efter ændringen.",
    liveLarge: (rows) => `Slået fra, fordi planen har ${rows} rækker; slå til, hvis Excel stadig svarer hurtigt.`,
    liveFailed: "Løbende validering kunne ikke startes",
    liveChecked: (rows, findings) => `Løbende kontrol: ${rows} ${rows === 1 ? "ændret række" : "ændrede rækker"}, ${findings} ${findings === 1 ? "fund" : "fund"} i dem.`,
    changed: "Ændret",
    summary: (errors, warnings, day) => `${errors} ${errors === 1 ? "fejl" : "fejl"} og ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"} (kontrolleret ${day}).`,
    clean: (day) => `Ingen fejl eller advarsler (kontrolleret ${day}).`,
    errors: "Fejl",
    warnings: "Advarsler",
    workbook: "Projektmappen",
    selectHint: "Vælg for at gå til cellen",
    gates: "Faseovergange",
    ready: "Klar",
    notReady: "Ikke klar",
    started: (ids) => `Startet i næste fase: ${ids}`,
    findings: "Fund",
  },
  en: {
    heading: "Validate",
    intro: "Check the workbook's tasks, dates and success criteria against the model. Choose a finding to go to its cell.",
    run: "Validate now",
    rerun: "Validate again",
    progress: "Reading and checking the plan …",
    failed: "The plan was not checked",
    writeSheet: "Write Validation sheet",
    writeProgress: "Writing the Validation sheet …",
    writeFailed: "The Validation sheet was not written",
    written: (sheet) => `The sheet "${sheet}" is written and shown.`,
    selectFailed: "The cell could not be selected",
    live: "Validate as you type",
    liveHint: "Checks the rows you change in the task and criteria tables right after the change.",
    liveLarge: (rows) => `Off because the plan has ${rows} rows; turn it on if Excel still responds quickly.`,
    liveFailed: "Validating as you type could not start",
    liveChecked: (rows, findings) => `Checked as you type: ${rows} changed ${rows === 1 ? "row" : "rows"}, ${findings} ${findings === 1 ? "finding" : "findings"} in them.`,
    changed: "Changed",
    summary: (errors, warnings, day) => `${errors} ${errors === 1 ? "error" : "errors"} and ${warnings} ${warnings === 1 ? "warning" : "warnings"} (checked ${day}).`,
    clean: (day) => `No errors or warnings (checked ${day}).`,
    errors: "Errors",
    warnings: "Warnings",
    workbook: "The workbook",
    selectHint: "Choose to go to the cell",
    gates: "Phase transitions",
    ready: "Ready",
    notReady: "Not ready",
    started: (ids) => `Started in the next phase: ${ids}`,
    findings: "Findings",
  },
};
