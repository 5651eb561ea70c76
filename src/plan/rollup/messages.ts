/**
 * The rollup's own findings: about files and the rollout as a whole, which no single plan's
 * validation can see. Each says what happened and what to do, in Danish and English.
 */
import type { Municipality, Text } from "../../model/types";
import { formatDanishDate, fromExcelSerial, toIsoDate } from "../dates";
import type { RollupFinding } from "./types";

const who = (m: Municipality) => `${m.name} (${m.code})`;
const dates = (serial: number): Text => {
  const date = fromExcelSerial(serial);
  return { da: formatDanishDate(date), en: toIsoDate(date) };
};

function fileFinding(rule: string, severity: RollupFinding["severity"], file: string | undefined, municipality: Municipality | undefined, message: Text): RollupFinding {
  const finding: RollupFinding = { rule, severity, sheet: "", cell: "", message };
  if (file !== undefined) finding.file = file;
  if (municipality) finding.municipality = municipality;
  return finding;
}

export const rollupFindings = {
  unreadable: (file: string, reason: Text) => fileFinding("rollup-unreadable", "error", file, undefined, reason),

  skipped: (file: string, reason: Text) => fileFinding("rollup-skipped", "warning", file, undefined, reason),

  noMunicipality: (file: string, text: string) =>
    fileFinding("rollup-no-municipality", "error", file, undefined, {
      da: `Planen siger ikke, hvilken kommune den er for${text ? ` ("${text}" er ingen kommune)` : ""}; skriv kommunens navn og kommunekode på forsiden, og send filen igen. Den er ikke medtaget.`,
      en: `The plan does not say which municipality it is for${text ? ` ("${text}" is no municipality)` : ""}; write the municipality's name and code on the front sheet and send the file again. It is not included.`,
    }),

  identity: (file: string, municipality: Municipality, kind: "nameMissing" | "codeMissing" | "nameDiffers", text: string) => {
    const messages = {
      nameMissing: {
        da: `Kommunens navn mangler på forsiden; planen er lagt til ${who(municipality)} ud fra kommunekoden. Skriv navnet igen.`,
        en: `The municipality's name is missing on the front sheet; the plan is counted for ${who(municipality)} from its code. Type the name again.`,
      },
      codeMissing: {
        da: `Kommunekoden mangler eller er ukendt på forsiden; planen er lagt til ${who(municipality)} ud fra navnet. Skriv koden igen.`,
        en: `The municipality code is missing or unknown on the front sheet; the plan is counted for ${who(municipality)} from its name. Type the code again.`,
      },
      nameDiffers: {
        da: `Forsidens kommunenavn og kommunekode passer ikke sammen ("${text}"); planen er lagt til ${who(municipality)} ud fra koden. Ret navnet eller koden.`,
        en: `The front sheet's municipality name and code do not match ("${text}"); the plan is counted for ${who(municipality)} from its code. Correct the name or the code.`,
      },
    };
    return fileFinding("rollup-identity", "warning", file, municipality, messages[kind]);
  },

  duplicate: (file: string, municipality: Municipality, used: string) =>
    fileFinding("rollup-duplicate", "error", file, municipality, {
      da: `${who(municipality)} har også filen ${used}, som er medtaget; denne fil er ikke medtaget. Slet den fil, der ikke gælder.`,
      en: `${who(municipality)} also has the file ${used}, which is included; this file is not. Delete the file that does not apply.`,
    }),

  usedDespiteDuplicate: (file: string, municipality: Municipality, others: string[]) =>
    fileFinding("rollup-duplicate-used", "warning", file, municipality, {
      da: `${who(municipality)} har flere filer (${others.join(", ")}); denne er medtaget, fordi den kommer først.`,
      en: `${who(municipality)} has several files (${others.join(", ")}); this one is included because it comes first.`,
    }),

  unknown: (file: string, municipality: Municipality, rollout: string) =>
    fileFinding("rollup-not-in-rollout", "error", file, municipality, {
      da: `${who(municipality)} er ikke med i udrulningen ${rollout}; planen er medtaget uden bølge. Tilføj kommunen til udrulningen, eller fjern filen.`,
      en: `${who(municipality)} is not in the rollout ${rollout}; the plan is included without a wave. Add the municipality to the rollout, or remove the file.`,
    }),

  missing: (municipality: Municipality, wave: number | undefined) =>
    fileFinding("rollup-missing", "error", undefined, municipality, {
      da: `Der er ingen plan fra ${who(municipality)}${wave === undefined ? "" : ` (bølge ${wave})`}; rykk kommunen for den udfyldte plan.`,
      en: `There is no plan from ${who(municipality)}${wave === undefined ? "" : ` (wave ${wave})`}; ask the municipality for its filled-in plan.`,
    }),

  waveDiffers: (file: string, municipality: Municipality, inPlan: number, inRollout: number | undefined) =>
    fileFinding("rollup-wave-differs", "warning", file, municipality, {
      da: `Planen siger bølge ${inPlan}, udrulningen ${inRollout === undefined ? "ingen bølge" : `bølge ${inRollout}`}; udrulningens bølge er brugt.`,
      en: `The plan says wave ${inPlan}, the rollout ${inRollout === undefined ? "no wave" : `wave ${inRollout}`}; the rollout's wave is used.`,
    }),

  goLiveDiffers: (file: string, municipality: Municipality, inPlan: number, inRollout: number) =>
    fileFinding("rollup-go-live-differs", "warning", file, municipality, {
      da: `Planens go-live ${dates(inPlan).da} er ikke udrulningens ${dates(inRollout).da}; ret go-live i planen (implan update), eller ret udrulningen.`,
      en: `The plan's go-live ${dates(inPlan).en} is not the rollout's ${dates(inRollout).en}; change go-live in the plan (implan update), or correct the rollout.`,
    }),

  modelVersion: (file: string, municipality: Municipality, version: string | undefined, current: string) =>
    fileFinding("rollup-model-version", "warning", file, municipality, {
      da: version
        ? `Planen er lavet efter implementeringsmodellen version ${version}, ikke ${current}; tallene er lagt sammen, men tjek, at opgaver og kriterier svarer til de andres (implan update).`
        : `Planen siger ikke, hvilken version af implementeringsmodellen den følger; tjek den med implan validate.`,
      en: version
        ? `The plan was made from version ${version} of the implementation model, not ${current}; it is rolled up, but check that its tasks and criteria match the others' (implan update).`
        : `The plan does not say which version of the implementation model it follows; check it with implan validate.`,
    }),

  rolloutRow: (source: string, line: number, text: Text) =>
    fileFinding("rollout-row", "error", source, undefined, {
      da: `Linje ${line} i udrulningen: ${text.da}`,
      en: `Line ${line} of the rollout: ${text.en}`,
    }),
};
