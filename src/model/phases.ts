import { deepFreeze } from "./freeze";
import { offset } from "./offset";
import type { Phase, PhaseId } from "./types";

export const PHASE_IDS: readonly PhaseId[] = deepFreeze(["F1", "F2", "F3", "F4"]);

/**
 * The municipality's four phases (model.md section 3). Starts are offsets from go-live; the default
 * is the earliest end of the model's range for Fase 1 and 2 (more time to prepare) and the latest
 * for Fase 4 (two weeks of hyper-care before embedding starts).
 */
export const PHASES: Phase[] = deepFreeze([
  {
    id: "F1",
    number: 1,
    name: { da: "Opstart", en: "Initiation" },
    label: { da: "Fase 1 Opstart", en: "Phase 1 Initiation" },
    focus: {
      da: "Kommunen forankrer implementeringsprojektet og løsningen ledelsesmæssigt og strategisk.",
      en: "The municipality anchors the implementation project and the solution in its management and strategy.",
    },
    effect: {
      da: "Kommunen har en organisering, der har beslutningsmandat, kan sikre fremdrift og ressourceallokering og sætte retning for, hvordan gevinster indfries.",
      en: "The municipality has an organisation with a mandate to decide, which can secure progress and resources and set the direction for how benefits are realised.",
    },
    actors: [
      { da: "Topleder/direktører", en: "Top manager/directors" },
      { da: "Leder fra løsningens forretningsområde", en: "Manager from the solution's business area" },
      { da: "Leder fra it/digitaliseringschef", en: "IT/digitalisation manager" },
    ],
    start: { default: offset(-9, "months"), range: { earliest: offset(-9, "months"), latest: offset(-6, "months") } },
  },
  {
    id: "F2",
    number: 2,
    name: { da: "Forberedelse", en: "Preparation" },
    label: { da: "Fase 2 Forberedelse", en: "Phase 2 Preparation" },
    focus: {
      da: "Kommunen planlægger og udfører opgaver med henblik på at kunne idriftsætte løsningen og derefter ibrugtage og forankre den.",
      en: "The municipality plans and performs tasks so that the solution can be put into operation, then taken into use and embedded.",
    },
    effect: {
      da: "Kommunen idriftsætter effektivt og planmæssigt løsningen, så den fungerer i teknisk forstand. Kommunen forbereder sig på at kunne bruge og forvalte løsningen.",
      en: "The municipality puts the solution into operation effectively and as planned, so that it works technically. The municipality prepares to use and manage the solution.",
    },
    actors: [
      { da: "Projektleder", en: "Project manager" },
      { da: "Leder fra løsningens forretningsområde", en: "Manager from the solution's business area" },
      { da: "It-/digitaliseringsmedarbejder", en: "IT/digitalisation employee" },
      { da: "Administratorer", en: "Administrators" },
      { da: "Superbrugere/trænere", en: "Super users/trainers" },
    ],
    start: { default: offset(-6, "months"), range: { earliest: offset(-6, "months"), latest: offset(-3, "months") } },
  },
  {
    id: "F3",
    number: 3,
    name: { da: "Ibrugtagning", en: "Adoption" },
    label: { da: "Fase 3 Ibrugtagning", en: "Phase 3 Adoption" },
    focus: {
      da: "Kommunen ibrugtager løsningen og etablerer normal drift hurtigst muligt.",
      en: "The municipality takes the solution into use and reaches normal operation as quickly as possible.",
    },
    effect: {
      da: "Kommunen går i gang med at bruge løsningen og etablerer nye arbejdsgange.",
      en: "The municipality starts using the solution and establishes new workflows.",
    },
    actors: [
      {
        da: "Ledere, brugere, superbrugere/trænere fra løsningens forretningsområde",
        en: "Managers, users, super users/trainers from the solution's business area",
      },
      { da: "It-/digitaliseringsmedarbejder", en: "IT/digitalisation employee" },
    ],
    start: { default: offset(0, "days"), range: { earliest: offset(0, "days"), latest: offset(0, "days") } },
  },
  {
    id: "F4",
    number: 4,
    name: { da: "Forankring", en: "Embedding" },
    label: { da: "Fase 4 Forankring", en: "Phase 4 Embedding" },
    focus: {
      da: "Kommunen udfører opgaver med henblik på, at løsningen forankres i forretningsområdets hverdag, og gevinsterne af systemet høstes.",
      en: "The municipality performs tasks so that the solution is embedded in the business area's daily work and the system's benefits are harvested.",
    },
    effect: {
      da: "Kommunen anvender løsningen og høster gevinsterne af systemet.",
      en: "The municipality uses the solution and harvests the system's benefits.",
    },
    actors: [
      {
        da: "Ledere, brugere og superbrugere fra løsningens forretningsområde",
        en: "Managers, users and super users from the solution's business area",
      },
      { da: "Topleder med ansvar for gevinstrealisering", en: "Top manager responsible for benefits realisation" },
    ],
    start: { default: offset(2, "weeks"), range: { earliest: offset(1, "weeks"), latest: offset(2, "weeks") } },
  },
]);
