/**
 * The front sheet: who and what the plan is for, the go-live cell that every date hangs on (the
 * `GoLive` name), and the four phase windows as formulas on it.
 */
import { MODEL, MODEL_VERSION } from "../model";
import type { Lang } from "../model/types";
import { phaseStartOffset, phaseWindows } from "../plan/schedule";
import { toExcelSerial } from "../plan/dates";
import { cellAddress } from "./address";
import { cell, date, empty, formula, num, text } from "./cells";
import { phaseEndFormula, phaseStartFormula } from "./dateFormulas";
import type { PlanInput } from "./input";
import { FRONT_MODEL, addModelStrip } from "./frontModel";
import { LABELS } from "./labels";
import { NAMES, PHASE_COLUMNS, PHASE_TABLE, phaseEndName, phaseStartName } from "./layout";
import { newSheet } from "./sheet";
import type { NameDescription, SheetDescription } from "./types";

/** Where the front sheet keeps what other sheets and readers need. */
export const FRONT = {
  municipalityRow: 4,
  codeRow: 5,
  solutionRow: 6,
  waveRow: 7,
  goLiveRow: 8,
  daysRow: 9,
  phaseHeadingRow: 11,
  phaseTableRow: 12,
  transitionHeadingRow: 18,
} as const;

export function frontSheetName(lang: Lang): string {
  return LABELS.frontSheet[lang];
}

export function buildFrontSheet(input: PlanInput): { sheet: SheetDescription; names: NameDescription[] } {
  const { lang, variant } = input;
  const sheet = newSheet("front", "front", frontSheetName(lang));
  const windows = phaseWindows(input.goLive, variant);
  // A–D hold the facts and the phase table (whose columns set their own widths), E is a gap, and
  // the model strip beside them has even columns.
  sheet.columnWidths = [22, 12, 12, 8, 3, ...MODEL.phases.flatMap(() => Array.from({ length: FRONT_MODEL.columnsPerPhase }, () => FRONT_MODEL.columnWidth))];
  const goLiveSerial = toExcelSerial(input.goLive);
  const title = input.municipality ? `${LABELS.title[lang]} – ${input.municipality.name}` : LABELS.title[lang];

  sheet.cells.push(
    cell("A1", text(title), "title"),
    cell("A2", text(`${LABELS.modelLine[lang]} ${MODEL_VERSION}`), "subtitle"),
    cell(`A${FRONT.municipalityRow}`, text(LABELS.municipality[lang]), "label"),
    cell(`B${FRONT.municipalityRow}`, input.municipality ? text(input.municipality.name) : empty, "input"),
    cell(`A${FRONT.codeRow}`, text(LABELS.municipalityCode[lang]), "label"),
    cell(`B${FRONT.codeRow}`, input.municipality ? text(input.municipality.code) : empty, "input"),
    cell(`A${FRONT.solutionRow}`, text(LABELS.solution[lang]), "label"),
    cell(`B${FRONT.solutionRow}`, input.solution ? text(input.solution) : empty, "input"),
    cell(`A${FRONT.waveRow}`, text(LABELS.wave[lang]), "label"),
    cell(`B${FRONT.waveRow}`, input.wave === undefined ? empty : num(input.wave), "input"),
    cell(`A${FRONT.goLiveRow}`, text(LABELS.goLive[lang]), "label"),
    cell(`B${FRONT.goLiveRow}`, date(goLiveSerial), "inputDate"),
    cell(`C${FRONT.goLiveRow}`, text(LABELS.goLiveHint[lang]), "muted"),
    cell(`A${FRONT.daysRow}`, text(LABELS.daysToGoLive[lang]), "label"),
    cell(`B${FRONT.daysRow}`, formula(`${NAMES.goLive}-TODAY()`), "number"),
    cell(`A${FRONT.phaseHeadingRow}`, text(LABELS.phases[lang]), "heading"),
  );

  const firstRow = FRONT.phaseTableRow + 1;
  const names: NameDescription[] = [{ name: NAMES.goLive, sheet: sheet.name, range: `$B$${FRONT.goLiveRow}` }];
  const rows = MODEL.phases.map((phase, i) => {
    const row = firstRow + i;
    const next = MODEL.phases[i + 1]?.id;
    const window = windows[i];
    names.push(
      { name: phaseStartName(phase.id), sheet: sheet.name, range: `$B$${row}` },
      { name: phaseEndName(phase.id), sheet: sheet.name, range: `$C$${row}` },
    );
    const startOffset = phaseStartOffset(phase.id, variant);
    const start = toExcelSerial(window.start);
    const end = toExcelSerial(window.end);
    return [
      text(phase.label[lang]),
      formula(phaseStartFormula(startOffset), start),
      formula(phaseEndFormula(phase.id, next, variant.phase4Length), end),
      formula(`${cellAddress(3, row)}-${cellAddress(2, row)}+1`, end - start + 1),
    ];
  });
  const lastRow = firstRow + rows.length - 1;
  sheet.tables.push({
    name: PHASE_TABLE,
    topLeft: `A${FRONT.phaseTableRow}`,
    columns: PHASE_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header[lang],
      width: c.width,
      style: c.key === "start" || c.key === "end" ? "date" : c.key === "days" ? "number" : "body",
    })),
    rows,
    style: "TableStyleLight9",
  });
  names.push(
    { name: NAMES.phaseLabels, sheet: sheet.name, range: `$A$${firstRow}:$A$${lastRow}` },
    { name: NAMES.phaseStarts, sheet: sheet.name, range: `$B$${firstRow}:$B$${lastRow}` },
    { name: NAMES.phaseEnds, sheet: sheet.name, range: `$C$${firstRow}:$C$${lastRow}` },
  );

  sheet.cells.push(cell(`A${FRONT.transitionHeadingRow}`, text(LABELS.transitions[lang]), "heading"));
  MODEL.transitions.forEach((transition, i) => {
    const row = FRONT.transitionHeadingRow + 1 + i;
    const to = windows.find((w) => w.phase === transition.to);
    sheet.cells.push(
      cell(`A${row}`, text(transition.name[lang]), "label"),
      cell(`B${row}`, formula(phaseStartName(transition.to), to ? toExcelSerial(to.start) : undefined), "date"),
    );
  });
  addModelStrip(sheet, lang, windows, input.goLive);
  sheet.print = { orientation: "landscape" };
  return { sheet, names };
}
