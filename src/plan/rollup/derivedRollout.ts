/**
 * The rollout a rollup workbook shows in its Udrulning sheet: the one given with --rollout, else one
 * made from the plans themselves (each plan's wave and go-live), so the written workbook can be the
 * rollout of the next rollup either way.
 */
import { fromExcelSerial } from "../dates";
import { rolloutFromEntries, type RolloutPlan } from "./rollout";
import type { RollupResult } from "./types";

export function effectiveRollout(result: RollupResult): RolloutPlan {
  if (result.rollout) return result.rollout;
  const entries = result.municipalities.flatMap((m, i) =>
    m.goLive === undefined ? [] : [{ line: i + 1, municipality: m.municipality, wave: m.wave, goLive: fromExcelSerial(m.goLive) }],
  );
  return rolloutFromEntries("", entries, []);
}
