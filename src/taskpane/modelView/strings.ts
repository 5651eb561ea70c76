/** The words of the model browser, in its own chunk. */
import type { Language } from "../i18n";

export interface ModelStrings {
  heading: string;
  intro: string;
  phases: string;
  themes: string;
  focus: string;
  effect: string;
  actors: string;
  criteria: string;
  starts: string;
  purpose: string;
  tasks: string;
  defaultPhase: (phase: string) => string;
  groups: Record<"projekt" | "organisation" | "teknisk", string>;
  version: (version: string) => string;
}

export const MODEL_STRINGS: Record<Language, ModelStrings> = {
  da: {
    heading: "Modellen",
    intro: "KOMBITs implementeringsmodel: fire faser med succeskriterier og syv temaer med KLIK-opgaver.",
    phases: "Faser",
    themes: "Temaer og opgaver",
    focus: "Fokus",
    effect: "Effekt",
    actors: "Aktører",
    criteria: "Succeskriterier",
    starts: "Starter",
    purpose: "Formål",
    tasks: "Opgaver",
    defaultPhase: (phase) => `Forslag: ${phase}`,
    groups: { projekt: "Projekt", organisation: "Organisation", teknisk: "Teknisk" },
    version: (version) => `Modelversion ${version}`,
  },
  en: {
    heading: "The model",
    intro: "KOMBIT's implementation model: four phases with success criteria and seven themes with KLIK tasks.",
    phases: "Phases",
    themes: "Themes and tasks",
    focus: "Focus",
    effect: "Effect",
    actors: "Actors",
    criteria: "Success criteria",
    starts: "Starts",
    purpose: "Purpose",
    tasks: "Tasks",
    defaultPhase: (phase) => `Suggested: ${phase}`,
    groups: { projekt: "Project", organisation: "Organisation", teknisk: "Technical" },
    version: (version) => `Model version ${version}`,
  },
};
