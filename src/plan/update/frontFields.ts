/**
 * The front sheet's own entries (municipality, code, solution, wave), read back for a re-plan.
 * A municipality the tool does not know is kept as typed, so update never drops what was written.
 */
import { findMunicipality } from "../../model";
import type { Municipality, Text } from "../../model/types";
import type { PlanSnapshot } from "../snapshot";
import { textOf } from "../validation/cells";

export interface FrontFields {
  municipality?: Municipality;
  solution?: string;
  wave?: number;
  /** Entries that could not be kept as they were, one sentence each. */
  warnings: Text[];
}

export function frontFields(snapshot: PlanSnapshot): FrontFields {
  const warnings: Text[] = [];
  const name = textOf(snapshot.municipality?.cell);
  const code = textOf(snapshot.municipalityCode?.cell);
  const known = (code && findMunicipality(code)) || (name && findMunicipality(name)) || undefined;
  const municipality = known ?? (name || code ? { id: code || name, code, name } : undefined);
  const solution = textOf(snapshot.solution?.cell) || undefined;
  const waveText = textOf(snapshot.wave?.cell);
  let wave: number | undefined;
  if (waveText !== "") {
    wave = Number(waveText.replace(",", "."));
    if (!Number.isFinite(wave)) {
      wave = undefined;
      warnings.push({
        da: `Bølgen "${waveText}" på forsiden er ikke et tal og er ikke skrevet i den nye plan; skriv den igen.`,
        en: `The wave "${waveText}" on the front sheet is not a number and is not in the new plan; write it again.`,
      });
    }
  }
  return { municipality, solution, wave, warnings };
}
