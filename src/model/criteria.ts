import { deepFreeze } from "./freeze";
import type { Criterion } from "./types";

/** The success criteria (succeskriterier) per phase, in slide order; ids "F1-K1" and on. */
export const CRITERIA: Criterion[] = deepFreeze([
  { id: "F1-K1", phase: "F1", text: { da: "Topledelsens involvering", en: "Top management involvement" } },
  {
    id: "F1-K2",
    phase: "F1",
    text: {
      da: "Solid vurdering af forretningsmæssige forudsætninger og behov",
      en: "A solid assessment of business prerequisites and needs",
    },
  },
  {
    id: "F1-K3",
    phase: "F1",
    text: {
      da: "God forståelse af løsningens kapacitet og begrænsninger",
      en: "A good understanding of the solution's capacity and limitations",
    },
  },
  {
    id: "F1-K4",
    phase: "F1",
    text: {
      da: "Omhyggeligt konstrueret business case, som er godt kommunikeret til relevante aktører",
      en: "A carefully constructed business case, well communicated to the relevant actors",
    },
  },
  { id: "F2-K1", phase: "F2", text: { da: "Investering", en: "Investment" } },
  {
    id: "F2-K2",
    phase: "F2",
    text: {
      da: "Deltagelse og inddragelse af forskellige interessenter/aktører",
      en: "Participation and involvement of different stakeholders/actors",
    },
  },
  {
    id: "F2-K3",
    phase: "F2",
    text: { da: "Tekniske ressourcer, metodikker og ekspertise", en: "Technical resources, methods and expertise" },
  },
  {
    id: "F2-K4",
    phase: "F2",
    text: {
      da: "Projektstyring, leverandørstyring og interessenthåndtering",
      en: "Project management, vendor management and stakeholder management",
    },
  },
  {
    id: "F2-K5",
    phase: "F2",
    text: {
      da: "Ekspertise om organisatorisk forandringsledelse",
      en: "Expertise in organisational change management",
    },
  },
  {
    id: "F2-K6",
    phase: "F2",
    text: {
      da: "Kompetente og erfarne it-specialister og projektdeltagere",
      en: "Competent and experienced IT specialists and project participants",
    },
  },
  { id: "F3-K1", phase: "F3", text: { da: "Uddannede brugere", en: "Trained users" } },
  {
    id: "F3-K2",
    phase: "F3",
    text: {
      da: "At løsningen er velkonfigureret og integreret",
      en: "The solution is well configured and integrated",
    },
  },
  {
    id: "F3-K3",
    phase: "F3",
    text: { da: "Arbejdsprocesser/arbejdsgange ændres", en: "Work processes/workflows are changed" },
  },
  {
    id: "F3-K4",
    phase: "F3",
    text: {
      da: "Allokering af ekstra menneskelige, finansielle og tekniske ressourcer, så man er i stand til at løse problemer, der opstår ved ibrugtagning",
      en: "Extra human, financial and technical resources are allocated, so that problems arising during adoption can be solved",
    },
  },
  {
    id: "F4-K1",
    phase: "F4",
    text: {
      da: "Ledelsen er forpligtet til at realisere gevinsterne",
      en: "Management is committed to realising the benefits",
    },
  },
  {
    id: "F4-K2",
    phase: "F4",
    text: {
      da: "Virkninger tilskrives brugen af løsningen",
      en: "Effects are attributed to the use of the solution",
    },
  },
  {
    id: "F4-K3",
    phase: "F4",
    text: {
      da: "System, teknik, infrastruktur, forretningsprocesser (arbejdsgange) og menneskelige ressourcer er tilstrækkeligt fleksible til at tilpasse sig ændrede forretningsmæssige forudsætninger",
      en: "System, technology, infrastructure, business processes (workflows) and human resources are flexible enough to adapt to changed business conditions",
    },
  },
  {
    id: "F4-K4",
    phase: "F4",
    text: {
      da: "Tilstrækkelige ressourcer allokeres til at fastholde og udvikle løsningen, teknisk infrastruktur og kompetencer",
      en: "Sufficient resources are allocated to maintain and develop the solution, technical infrastructure and skills",
    },
  },
]);
