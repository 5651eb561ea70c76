import { deepFreeze } from "./freeze";
import type { Concept } from "./types";

/** The central concepts (centrale begreber, model.md section 5), all approved in April 2018. */
export const CONCEPTS: Concept[] = deepFreeze([
  {
    id: "implementering",
    term: { da: "Implementering", en: "Implementation" },
    definition: {
      da: "Implementeringen foregår i perioden fra kommunen starter implementeringsprojektet til it-systemet er idriftsat og ibrugtaget. Implementeringen omfatter samtlige opgaver og aktiviteter, en kommune skal tage stilling til, planlægge og udføre for succesfuldt og selvstændigt at idriftsætte, ibrugtage og forankre it-systemet. Implementeringen er kommunens ansvar.",
      en: "The implementation runs from the municipality starting its implementation project until the IT system is in operation and in use. It covers every task and activity the municipality must decide on, plan and perform to put the IT system into operation, take it into use and embed it, successfully and on its own. The implementation is the municipality's responsibility.",
    },
    approved: "april 2018",
  },
  {
    id: "udrulningsforloeb",
    term: { da: "Udrulningsforløb", en: "Municipal rollout" },
    definition: {
      da: "Udrulningsforløbet omfatter de faser i kommunernes implementering, hvor leverandøren har en særlig rolle i forhold til at understøtte kommunernes implementering inkl. den tekniske idriftsættelse af it-systemet. Udrulningsforløbet omfatter fase 2 Forberedelse og fase 3 Ibrugtagning. Hver kommune har sit eget udrulningsforløb, og hver udrulning består af 98 udrulningsforløb. Udrulningsforløbet er typisk leverandørens ansvar.",
      en: "The municipal rollout covers the phases of the municipalities' implementation in which the vendor has a special role in supporting it, including putting the IT system into technical operation: phase 2 Preparation and phase 3 Adoption. Each municipality has its own municipal rollout, and each rollout consists of 98 of them. The municipal rollout is typically the vendor's responsibility.",
    },
    approved: "april 2018",
  },
  {
    id: "udrulning",
    term: { da: "Udrulning", en: "Rollout" },
    definition: {
      da: "Udrulningen omfatter perioden fra første udrulningsforløb begynder til sidste udrulningsforløb er afsluttet. Udrulningen omfatter alle kommuner og samtlige opgaver/aktiviteter, leverandøren skal udføre for rettidig opstart og afslutning af udrulningen. Udrulningen er i hovedreglen leverandørens ansvar.",
      en: "The rollout runs from the first municipal rollout starting until the last one has ended. It covers all municipalities and every task/activity the vendor must perform to start and finish the rollout on time. The rollout is as a rule the vendor's responsibility.",
    },
    approved: "april 2018",
  },
  {
    id: "idriftsaettelsesdato",
    term: { da: "Idriftsættelsesdato", en: "Operational date" },
    definition: {
      da: "Milepæl, der beskriver den dato, hvor it-systemet fungerer i teknisk forstand. Når milepælen er opnået, er de tekniske forudsætninger for ibrugtagning af løsningen tilvejebragt.",
      en: "Milestone for the date on which the IT system works in a technical sense. When it is reached, the technical prerequisites for taking the solution into use are in place.",
    },
    approved: "april 2018",
  },
  {
    id: "go-live",
    term: { da: "Go-live", en: "Go-live" },
    definition: {
      da: "Milepæl, der beskriver den dato, hvor de første slutbrugere i kommunen for første gang tager løsningen i brug ved løsningen af daglige arbejdsopgaver.",
      en: "Milestone for the date on which the municipality's first end users start using the solution in their daily work.",
    },
    approved: "april 2018",
  },
]);
