/** The words of the plan form, in its own chunk. */
import type { Language } from "../i18n";
import type { OffsetUnit } from "../../model/types";

export interface CreateStrings {
  headingCreate: string;
  headingUpdate: string;
  introCreate: string;
  introUpdate: string;
  reading: string;
  readFailed: string;
  municipality: string;
  municipalityHint: string;
  municipalityLocked: string;
  noMatch: string;
  solution: string;
  solutionHint: string;
  wave: string;
  goLive: string;
  goLiveHint: string;
  language: string;
  languages: Record<Language, string>;
  phasesHeading: string;
  phasesIntro: string;
  modelRange: (range: string) => string;
  chosen: (offset: string) => string;
  customStart: (phase: string) => string;
  /** The switch's visible label; its accessible name (customStart) begins with it and adds the phase. */
  customStartShort: string;
  amount: (phase: string) => string;
  unit: (phase: string) => string;
  side: (phase: string) => string;
  units: Record<OffsetUnit, string>;
  before: string;
  after: string;
  outside: (range: string) => string;
  deviation: (phase: string) => string;
  approvedBy: (phase: string) => string;
  noDates: string;
  submitCreate: string;
  submitUpdate: string;
  fixFirst: string;
  createFailed: string;
  updateFailed: string;
  created: (municipality: string, goLive: string) => string;
  updated: (goLive: string) => string;
  progressCreate: string;
  progressUpdate: string;
}

export const CREATE_STRINGS: Record<Language, CreateStrings> = {
  da: {
    headingCreate: "Opret plan",
    headingUpdate: "Opdater plan",
    introCreate: "Vælg kommune og go-live-dato; planen skrives i denne projektmappe med alle faser, opgaver og succeskriterier.",
    introUpdate: "Projektmappen har allerede en plan. Flyt go-live eller fasernes start her; alt, hvad der er skrevet i planen, bevares.",
    reading: "Læser projektmappen …",
    readFailed: "Projektmappen kunne ikke læses",
    municipality: "Kommune",
    municipalityHint: "Skriv navn eller kommunekode, fx Aarhus eller 0751.",
    municipalityLocked: "Kommunen kan ikke ændres i en eksisterende plan.",
    noMatch: "Ingen kommune passer",
    solution: "Løsning",
    solutionHint: "Det fælleskommunale it-system, fx SAPA.",
    wave: "Udrulningsbølge",
    goLive: "Go-live",
    goLiveHint: "Den dato, de første brugere bruger løsningen i det daglige. Alle datoer regnes fra den.",
    language: "Projektmappens sprog",
    languages: { da: "Dansk", en: "Engelsk" },
    phasesHeading: "Faser",
    phasesIntro: "Fasernes start regnes fra go-live. Følg modellens interval, eller dokumentér en afvigelse.",
    modelRange: (range) => `Modellen: ${range}`,
    chosen: (offset) => `Start: ${offset}`,
    customStart: (phase) => `Anden start for ${phase}`,
    customStartShort: "Anden start",
    amount: (phase) => `${phase}: antal`,
    unit: (phase) => `${phase}: enhed`,
    side: (phase) => `${phase}: før eller efter go-live`,
    units: { days: "dage", weeks: "uger", months: "måneder" },
    before: "før go-live",
    after: "efter go-live",
    outside: (range) => `Uden for modellens interval (${range}). En afvigelse skal beskrives og godkendes af KOMBITs metodeansvarlige for implementering.`,
    deviation: (phase) => `Afvigelse for ${phase}`,
    approvedBy: (phase) => `Godkendt af (${phase})`,
    noDates: "Vælg en go-live-dato for at se fasernes datoer.",
    submitCreate: "Opret plan",
    submitUpdate: "Opdater plan",
    fixFirst: "Ret felterne markeret herover.",
    createFailed: "Planen blev ikke oprettet",
    updateFailed: "Planen blev ikke opdateret",
    created: (municipality, goLive) => `Planen for ${municipality} er oprettet med go-live ${goLive}.`,
    updated: (goLive) => `Planen er opdateret: go-live ${goLive}. Alle indtastninger er bevaret.`,
    progressCreate: "Opretter planen …",
    progressUpdate: "Opdaterer planen …",
  },
  en: {
    headingCreate: "Create plan",
    headingUpdate: "Update plan",
    introCreate: "Choose the municipality and the go-live date; the plan is written into this workbook with every phase, task and success criterion.",
    introUpdate: "The workbook already has a plan. Move go-live or the phase starts here; everything entered in the plan is kept.",
    reading: "Reading the workbook …",
    readFailed: "The workbook could not be read",
    municipality: "Municipality",
    municipalityHint: "Type a name or municipality code, e.g. Aarhus or 0751.",
    municipalityLocked: "The municipality cannot be changed in an existing plan.",
    noMatch: "No municipality matches",
    solution: "Solution",
    solutionHint: "The shared municipal IT system, e.g. SAPA.",
    wave: "Rollout wave",
    goLive: "Go-live",
    goLiveHint: "The day the first users use the solution in their daily work. Every date counts from it.",
    language: "Workbook language",
    languages: { da: "Danish", en: "English" },
    phasesHeading: "Phases",
    phasesIntro: "Phase starts count from go-live. Keep to the model's range, or document a departure.",
    modelRange: (range) => `Model: ${range}`,
    chosen: (offset) => `Start: ${offset}`,
    customStart: (phase) => `Another start for ${phase}`,
    customStartShort: "Another start",
    amount: (phase) => `${phase}: amount`,
    unit: (phase) => `${phase}: unit`,
    side: (phase) => `${phase}: before or after go-live`,
    units: { days: "days", weeks: "weeks", months: "months" },
    before: "before go-live",
    after: "after go-live",
    outside: (range) => `Outside the model's range (${range}). A departure must be described and approved by KOMBIT's method owner for implementation.`,
    deviation: (phase) => `Departure for ${phase}`,
    approvedBy: (phase) => `Approved by (${phase})`,
    noDates: "Choose a go-live date to see the phases' dates.",
    submitCreate: "Create plan",
    submitUpdate: "Update plan",
    fixFirst: "Fix the fields marked above.",
    createFailed: "The plan was not created",
    updateFailed: "The plan was not updated",
    created: (municipality, goLive) => `The plan for ${municipality} is created with go-live ${goLive}.`,
    updated: (goLive) => `The plan is updated: go-live ${goLive}. Every entry is kept.`,
    progressCreate: "Creating the plan …",
    progressUpdate: "Updating the plan …",
  },
};
