/**
 * Excel formulas for the plan's dates. Every date hangs on the `GoLive` name, directly or through
 * the phase-window names, so moving go-live in Excel moves every date without the add-in. Only
 * functions that Excel 2016 and LibreOffice 7.4 both compute (EDATE, INDEX, MATCH, WORKDAY).
 */
import type { Offset, PhaseId } from "../model/types";
import { NAMES, phaseStartName } from "./layout";

/** GoLive + offset: { -6, months } → "EDATE(GoLive,-6)", { 2, weeks } → "GoLive+14". */
export function offsetFormula(base: string, offset: Offset): string {
  if (offset.unit === "months") return `EDATE(${base},${offset.amount})`;
  const days = offset.unit === "weeks" ? offset.amount * 7 : offset.amount;
  if (days === 0) return base;
  return days > 0 ? `${base}+${days}` : `${base}${days}`;
}

/** A phase's start: go-live plus the phase's start offset. */
export function phaseStartFormula(offset: Offset): string {
  return offsetFormula(NAMES.goLive, offset);
}

/** A phase's end: the day before the next phase starts, or for Fase 4 its start plus its length. */
export function phaseEndFormula(phase: PhaseId, next: PhaseId | undefined, phase4Length: Offset): string {
  if (next) return `${phaseStartName(next)}-1`;
  return `${offsetFormula(phaseStartName(phase), phase4Length)}-1`;
}

/** The start or end of whichever phase the row's Fase cell names, so editing Fase moves the dates. */
export function phaseLookupFormula(which: "start" | "end", phaseCell: string): string {
  const range = which === "start" ? NAMES.phaseStarts : NAMES.phaseEnds;
  return `INDEX(${range},MATCH(${phaseCell},${NAMES.phaseLabels},0))`;
}

/** The last working day on or before `expression` (weekends and Danish public holidays skipped). */
export function onOrBeforeWorkday(expression: string): string {
  return `WORKDAY(${expression}+1,-1,${NAMES.holidays})`;
}

/** Blank instead of #N/A when the row's Fase cell holds no known phase. */
export function blankOnError(expression: string): string {
  return `IFERROR(${expression},"")`;
}
