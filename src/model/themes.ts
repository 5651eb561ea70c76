import { deepFreeze } from "./freeze";
import type { Theme, ThemeId } from "./types";

export const THEME_IDS: readonly ThemeId[] = deepFreeze(["PRJ", "GEV", "VID", "ORG", "UDI", "ITM", "SIK"]);

/**
 * The seven themes that group the KLIK tasks (model.md section 4). `sheetName` differs from `name`
 * only where Excel would refuse the name: a slash, or more than 31 characters.
 */
export const THEMES: Theme[] = deepFreeze([
  {
    id: "PRJ",
    group: "projekt",
    name: { da: "Projektstyring og -ledelse", en: "Project management and leadership" },
    sheetName: { da: "Projektstyring og -ledelse", en: "Project management & leadership" },
    purpose: {
      da: "Projektstyrer, eksekverer og sikrer fremdrift i kommunens implementeringsprojekt.",
      en: "Manages, executes and secures progress in the municipality's implementation project.",
    },
  },
  {
    id: "GEV",
    group: "organisation",
    name: { da: "Gevinster og værdier", en: "Benefits and value" },
    sheetName: { da: "Gevinster og værdier", en: "Benefits and value" },
    purpose: {
      da: "Skaber mening lokalt af it-systemet, så det er tydeligt, hvilken værdi it-systemet skal give lokalt og i forhold til kerneopgaver på fagområdet.",
      en: "Makes local sense of the IT system, so that it is clear which value it must give locally and for the core tasks of the business area.",
    },
  },
  {
    id: "VID",
    group: "organisation",
    name: { da: "Viden og færdigheder", en: "Knowledge and skills" },
    sheetName: { da: "Viden og færdigheder", en: "Knowledge and skills" },
    purpose: {
      da: "Uddanner primære og sekundære brugere, så de har viden, kompetencer og færdigheder og effektivt kan bruge it-systemet ved løsning af deres arbejdsopgaver.",
      en: "Trains primary and secondary users, so that they have the knowledge, competences and skills to use the IT system effectively in their work.",
    },
  },
  {
    id: "ORG",
    group: "organisation",
    name: { da: "Organisering og arbejdsgange", en: "Organisation and workflows" },
    sheetName: { da: "Organisering og arbejdsgange", en: "Organisation and workflows" },
    purpose: {
      da: "Tilpasser og ændrer fagområdets strukturer, organisering og arbejdsgange, så de understøtter brugen af det nye it-system og realiseringen af potentielle gevinster.",
      en: "Adapts and changes the business area's structures, organisation and workflows, so that they support the use of the new IT system and the realisation of potential benefits.",
    },
  },
  {
    id: "UDI",
    group: "teknisk",
    name: { da: "Ud-/indfasning", en: "Phase-out/phase-in" },
    sheetName: { da: "Ud- og indfasning", en: "Phase-out and phase-in" },
    purpose: {
      da: "Udfaser eksisterende it-system, snitflader og integrationer og idriftsætter det nye it-system inkl. tilslutning af fælleskommunale og lokale snitflader/integrationer.",
      en: "Phases out the existing IT system, interfaces and integrations, and puts the new IT system into operation, including connecting joint-municipal and local interfaces/integrations.",
    },
  },
  {
    id: "ITM",
    group: "teknisk",
    name: { da: "It-miljø og -infrastruktur", en: "IT environment and infrastructure" },
    sheetName: { da: "It-miljø og -infrastruktur", en: "IT environment & infrastructure" },
    purpose: {
      da: "Tjekker og etablerer et it-miljø og en infrastruktur, der gør det muligt at idriftsætte det nye it-system og den relaterede fælleskommunale infrastruktur, som introduceres med det nye it-system.",
      en: "Checks and establishes an IT environment and infrastructure that make it possible to put the new IT system into operation, together with the related joint-municipal infrastructure it introduces.",
    },
  },
  {
    id: "SIK",
    group: "teknisk",
    name: { da: "It-sikkerhed og -aftaler", en: "IT security and agreements" },
    sheetName: { da: "It-sikkerhed og -aftaler", en: "IT security and agreements" },
    purpose: {
      da: "Etablerer det juridiske grundlag for brugen af det nye it-system.",
      en: "Establishes the legal basis for using the new IT system.",
    },
  },
]);
