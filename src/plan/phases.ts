import { subDays } from "date-fns";
import { MODEL } from "../model";
import { UserError } from "../model/errors";
import type { Offset, Phase, PhaseId, Text, Variant } from "../model/types";
import { DEFAULT_VARIANT } from "../model/variant";
import { asCivil } from "./civil";
import { addOffset, formatDanishDate, toIsoDate } from "./dates";

/**
 * The four phase windows of a plan. Phase n starts at go-live plus its start offset (the variant's
 * or the model's default) and ends the day before phase n+1 starts; Fase 4 ends the day before its
 * start plus `variant.phase4Length`. In Excel: start `EDATE(GoLive,-9)` or `GoLive+14`, end
 * `<next start>-1`, Fase 4 end `EDATE(<F4 start>,12)-1`.
 */

/** The phases in time order. */
export const PHASE_ORDER: readonly PhaseId[] = ["F1", "F2", "F3", "F4"];

/** One phase's dates, both days included. */
export interface PhaseWindow {
  phase: PhaseId;
  start: Date;
  end: Date;
}

/**
 * When a phase starts relative to go-live: the variant's offset, else the model's default.
 *
 * @example
 * phaseStartOffset("F1") //=> { amount: -9, unit: "months" }
 * phaseStartOffset("F1", { ...DEFAULT_VARIANT, phaseStarts: { F1: { amount: -7, unit: "months" } } }) //=> { amount: -7, unit: "months" }
 */
export function phaseStartOffset(phase: PhaseId, variant: Variant = DEFAULT_VARIANT): Offset {
  return { ...(variant.phaseStarts[phase] ?? modelPhase(phase).start.default) };
}

/**
 * The four phase windows for a go-live date, in order; contiguous, each at least one day long.
 * Throws UserError when the variant's phase starts are out of order for this go-live.
 *
 * @example
 * phaseWindows(civilDate(2027, 3, 1)).map((w) => `${w.phase} ${toIsoDate(w.start)}–${toIsoDate(w.end)}`)
 * //=> ["F1 2026-06-01–2026-08-31", "F2 2026-09-01–2027-02-28", "F3 2027-03-01–2027-03-14", "F4 2027-03-15–2028-03-14"]
 */
export function phaseWindows(goLive: Date, variant: Variant = DEFAULT_VARIANT): PhaseWindow[] {
  const base = asCivil(goLive, "go-live date");
  const starts = PHASE_ORDER.map((phase) => addOffset(base, phaseStartOffset(phase, variant)));
  const f4End = subDays(addOffset(starts[starts.length - 1], variant.phase4Length), 1);
  const windows = PHASE_ORDER.map((phase, i) => ({
    phase,
    start: starts[i],
    end: i + 1 < starts.length ? subDays(starts[i + 1], 1) : f4End,
  }));
  windows.forEach((_, i) => checkWindow(windows, i, variant.phase4Length));
  return windows;
}

const UNITS: Record<Offset["unit"], Text> = {
  days: { da: "dage", en: "days" },
  weeks: { da: "uger", en: "weeks" },
  months: { da: "måneder", en: "months" },
};

function checkWindow(windows: PhaseWindow[], index: number, phase4Length: Offset): void {
  const window = windows[index];
  if (window.end >= window.start) return;
  const label = modelPhase(window.phase).label;
  const next = windows[index + 1];
  if (!next) {
    const { amount, unit } = phase4Length;
    throw new UserError({
      da: `${label.da} skal vare mindst én dag, men varianten giver den længden ${amount} ${UNITS[unit].da}; ret Fase 4's længde i varianten.`,
      en: `${label.en} must last at least one day, but the variant gives it a length of ${amount} ${UNITS[unit].en}; fix the length of phase 4 in the variant.`,
    });
  }
  const nextLabel = modelPhase(next.phase).label;
  throw new UserError({
    da: `${nextLabel.da} starter ${formatDanishDate(next.start)}, ikke efter ${label.da} (${formatDanishDate(window.start)}); ret fasernes start i varianten, så de kommer i rækkefølge.`,
    en: `${nextLabel.en} starts ${toIsoDate(next.start)}, not after ${label.en} (${toIsoDate(window.start)}); fix the phase starts in the variant so they come in order.`,
  });
}

function modelPhase(phase: PhaseId): Phase {
  const found = MODEL.phases.find((p) => p.id === phase);
  if (!found) throw new Error(`The model has no phase ${phase}`);
  return found;
}
