/** The words of the Udrulning view, in its own chunk. Outcome words come from the rollup workbook's labels. */
import type { Language } from "../i18n";

export interface RolloutStrings {
  heading: string;
  intro: string;
  filesHeading: string;
  pick: string;
  pickHint: string;
  picked: (count: number) => string;
  clear: string;
  read: (count: number) => string;
  readNone: string;
  readingRollout: string;
  readingFile: (index: number, total: number, file: string) => string;
  summing: string;
  readFailed: string;
  rolloutFound: (municipalities: number, waves: number) => string;
  noRollout: string;
  summary: (files: number, parts: string) => string;
  missing: (count: number) => string;
  results: string;
  columns: { municipality: string; errors: string; warnings: string; warningsShort: string };
  unknownMunicipality: string;
  write: string;
  writeHint: string;
  writing: string;
  writeFailed: string;
  written: (sheets: string) => string;
  kept: (sheets: string) => string;
  wavesHeading: string;
  wavesIntro: string;
  readRollout: string;
  readRolloutFailed: string;
  rolloutMissing: string;
  rolloutProblems: (count: number) => string;
  problemRow: (line: number, text: string) => string;
  noneWithGoLive: string;
  wave: string;
  waveOption: (wave: number, municipalities: number, goLive: string) => string;
  noWave: string;
  noDate: string;
  solution: string;
  solutionHint: string;
  language: string;
  languages: Record<Language, string>;
  generate: string;
  generating: (index: number, total: number, municipality: string) => string;
  generateFailed: string;
  generated: (count: number, file: string) => string;
  withoutGoLive: (names: string) => string;
  zipName: (wave: number | undefined) => string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const ROLLOUT_STRINGS: Record<Language, RolloutStrings> = {
  da: {
    heading: "Udrulning",
    intro: "Læs de returnerede planer, se resultatet for hver fil, og skriv udrulningsstatus i denne projektmappe. Filerne læses her på computeren og sendes ingen steder hen.",
    filesHeading: "Returnerede planer",
    pick: "Vælg planer (.xlsx)",
    pickHint: "Vælg en eller flere filer, eller træk dem hertil.",
    picked: (count) => `${plural(count, "fil", "filer")} valgt.`,
    clear: "Fjern filerne",
    read: (count) => `Læs ${plural(count, "fil", "filer")}`,
    readNone: "Læs filerne",
    readingRollout: "Læser udrulningen i projektmappen …",
    readingFile: (index, total, file) => `Læser ${index} af ${total}: ${file}`,
    summing: "Lægger planerne sammen …",
    readFailed: "Filerne blev ikke læst",
    rolloutFound: (municipalities, waves) => `Udrulningen i projektmappen: ${plural(municipalities, "kommune", "kommuner")} i ${plural(waves, "bølge", "bølger")}.`,
    noRollout: "Projektmappen har ingen udrulning (tabellen Udrulning), så bølge og go-live tages fra planerne.",
    summary: (files, parts) => `${plural(files, "fil", "filer")}: ${parts}.`,
    missing: (count) => `${plural(count, "kommune", "kommuner")} i udrulningen mangler en plan.`,
    results: "Resultat pr. fil",
    columns: { municipality: "Kommune, resultat og fil", errors: "Fejl", warnings: "Advarsler", warningsShort: "Adv." },
    unknownMunicipality: "Ukendt kommune",
    write: "Skriv status i projektmappen",
    writeHint: "Arkene fra en tidligere udrulningsstatus skrives forfra; formler og pivottabeller på dine egne ark, der bruger deres tabeller, skal derefter pege på de nye. Arket Udrulning og dine egne ark røres ikke.",
    writing: "Skriver udrulningsstatus …",
    writeFailed: "Udrulningsstatus blev ikke skrevet",
    written: (sheets) => `Udrulningsstatus er skrevet: ${sheets}.`,
    kept: (sheets) => `Beholdt som det var: ${sheets}.`,
    wavesHeading: "Generér planer for en bølge",
    wavesIntro: "Lav en plan for hver kommune i en bølge ud fra tabellen Udrulning i projektmappen. Planerne hentes som én .zip-fil.",
    readRollout: "Læs udrulningen",
    readRolloutFailed: "Udrulningen kunne ikke læses",
    rolloutMissing: "Projektmappen har ingen tabel Udrulning. Skriv status først, eller åbn projektmappen med udrulningen.",
    rolloutProblems: (count) => `${plural(count, "række", "rækker")} i Udrulning kunne ikke bruges:`,
    problemRow: (line, text) => `Række ${line}: ${text}`,
    noneWithGoLive: "Ingen af kommunerne i bølgen har en go-live-dato. Skriv bølgens dato i tabellen Bølger, og læs udrulningen igen.",
    wave: "Bølge",
    waveOption: (wave, municipalities, goLive) => `Bølge ${wave} · ${plural(municipalities, "kommune", "kommuner")} · ${goLive}`,
    noWave: "Uden bølge",
    noDate: "ingen dato",
    solution: "Løsning (valgfri)",
    solutionHint: "Skrives på planernes forside, fx SAPA.",
    language: "Planernes sprog",
    languages: { da: "Dansk", en: "Engelsk" },
    generate: "Generér planer (.zip)",
    generating: (index, total, municipality) => `Laver plan ${index} af ${total}: ${municipality}`,
    generateFailed: "Planerne blev ikke lavet",
    generated: (count, file) => `${plural(count, "plan", "planer")} er lavet og hentet som ${file}.`,
    withoutGoLive: (names) => `Ingen plan uden go-live: ${names}.`,
    zipName: (wave) => (wave === undefined ? "implementeringsplaner-uden-boelge.zip" : `implementeringsplaner-boelge-${wave}.zip`),
  },
  en: {
    heading: "Rollout",
    intro: "Read the returned plans, see the result for each file, and write the rollout status into this workbook. The files are read here on this computer and sent nowhere.",
    filesHeading: "Returned plans",
    pick: "Choose plans (.xlsx)",
    pickHint: "Choose one or more files, or drag them here.",
    picked: (count) => `${plural(count, "file", "files")} chosen.`,
    clear: "Remove the files",
    read: (count) => `Read ${plural(count, "file", "files")}`,
    readNone: "Read the files",
    readingRollout: "Reading the rollout in the workbook …",
    readingFile: (index, total, file) => `Reading ${index} of ${total}: ${file}`,
    summing: "Rolling the plans up …",
    readFailed: "The files were not read",
    rolloutFound: (municipalities, waves) => `The rollout in the workbook: ${plural(municipalities, "municipality", "municipalities")} in ${plural(waves, "wave", "waves")}.`,
    noRollout: "The workbook has no rollout (the Udrulning table), so wave and go-live come from the plans.",
    summary: (files, parts) => `${plural(files, "file", "files")}: ${parts}.`,
    missing: (count) => `${plural(count, "municipality", "municipalities")} in the rollout lack a plan.`,
    results: "Result per file",
    columns: { municipality: "Municipality, outcome and file", errors: "Errors", warnings: "Warnings", warningsShort: "Warn." },
    unknownMunicipality: "Unknown municipality",
    write: "Write status into the workbook",
    writeHint: "The sheets of an earlier rollout status are written anew; formulas and PivotTables on your own sheets that use their tables must then be pointed at the new ones. The Udrulning sheet and your own sheets are not touched.",
    writing: "Writing the rollout status …",
    writeFailed: "The rollout status was not written",
    written: (sheets) => `The rollout status is written: ${sheets}.`,
    kept: (sheets) => `Kept as it was: ${sheets}.`,
    wavesHeading: "Generate plans for a wave",
    wavesIntro: "Make a plan for each municipality of a wave from the Udrulning table in the workbook. The plans are downloaded as one .zip file.",
    readRollout: "Read the rollout",
    readRolloutFailed: "The rollout could not be read",
    rolloutMissing: "The workbook has no Udrulning table. Write the status first, or open the workbook with the rollout.",
    rolloutProblems: (count) => `${plural(count, "row", "rows")} of Udrulning could not be used:`,
    problemRow: (line, text) => `Row ${line}: ${text}`,
    noneWithGoLive: "None of the wave's municipalities has a go-live date. Type the wave's date in the Bølger table and read the rollout again.",
    wave: "Wave",
    waveOption: (wave, municipalities, goLive) => `Wave ${wave} · ${plural(municipalities, "municipality", "municipalities")} · ${goLive}`,
    noWave: "No wave",
    noDate: "no date",
    solution: "Solution (optional)",
    solutionHint: "Written on the plans' front sheet, e.g. SAPA.",
    language: "Language of the plans",
    languages: { da: "Danish", en: "English" },
    generate: "Generate plans (.zip)",
    generating: (index, total, municipality) => `Making plan ${index} of ${total}: ${municipality}`,
    generateFailed: "The plans were not made",
    generated: (count, file) => `${plural(count, "plan is", "plans are")} made and downloaded as ${file}.`,
    withoutGoLive: (names) => `No plan without a go-live: ${names}.`,
    zipName: (wave) => (wave === undefined ? "implementeringsplaner-uden-boelge.zip" : `implementeringsplaner-boelge-${wave}.zip`),
  },
};

/** A Text in both languages from a string function, for progress steps. */
export function bothLanguages<A extends unknown[]>(pick: (t: RolloutStrings) => (...args: A) => string, ...args: A): { da: string; en: string } {
  return { da: pick(ROLLOUT_STRINGS.da)(...args), en: pick(ROLLOUT_STRINGS.en)(...args) };
}
