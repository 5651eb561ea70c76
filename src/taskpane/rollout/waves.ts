/**
 * A rollout's municipalities grouped by wave, for choosing whose plans to make: one group per wave
 * number in order, then the municipalities without a wave, if any. Pure.
 */
import type { RolloutMember, RolloutPlan } from "../../plan/rollup/rollout";
import type { WavePlan } from "./xlsxChunk";

export interface WaveGroup {
  /** "1", "2", …; "none" for the municipalities without a wave. */
  key: string;
  wave?: number;
  /** The wave's date in the Bølger table. */
  goLive?: Date;
  members: RolloutMember[];
}

export function waveGroups(plan: RolloutPlan): WaveGroup[] {
  const numbers = [...new Set(plan.members.flatMap((m) => (m.wave === undefined ? [] : [m.wave])))].sort((a, b) => a - b);
  const groups: WaveGroup[] = numbers.map((wave) => ({
    key: String(wave),
    wave,
    goLive: plan.waves.find((w) => w.wave === wave)?.goLive,
    members: plan.members.filter((m) => m.wave === wave),
  }));
  const without = plan.members.filter((m) => m.wave === undefined);
  return without.length > 0 ? [...groups, { key: "none", members: without }] : groups;
}

/** The group's plans to make (members with a go-live date) and the names of those without one. */
export function plansOf(group: WaveGroup): { plans: WavePlan[]; withoutGoLive: string[] } {
  const plans = group.members.flatMap((m) => (m.goLive ? [{ municipality: m.municipality, wave: m.wave, goLive: m.goLive }] : []));
  return { plans, withoutGoLive: group.members.filter((m) => !m.goLive).map((m) => m.municipality.name) };
}
