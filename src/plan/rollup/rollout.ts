/**
 * A rollout (udrulning): which municipalities are in it, in which wave, with which go-live. A wave
 * has a go-live date; a municipality takes its wave's date unless it has its own (an override), so
 * moving a wave's date moves every municipality in it that has no date of its own.
 */
import type { Municipality } from "../../model/types";
import { toIsoDate } from "../dates";
import type { RolloutEntry, RolloutProblem } from "../rolloutRows";

export interface RolloutWave {
  wave: number;
  goLive?: Date;
}

export interface RolloutMember {
  /** Where it was read: a CSV line or a sheet row (1-based). */
  line: number;
  municipality: Municipality;
  wave?: number;
  /** The municipality's own date, when it does not follow its wave's. */
  override?: Date;
  /** The date that applies: the override, else the wave's date; undefined when neither exists. */
  goLive?: Date;
}

export interface RolloutPlan {
  /** The file it was read from, for messages. */
  source: string;
  waves: RolloutWave[];
  members: RolloutMember[];
  /** Rows that could not be used, with their line and why. */
  problems: RolloutProblem[];
}

/** Each member's go-live recomputed from its override or its wave's date. */
export function resolveGoLives(waves: RolloutWave[], members: Omit<RolloutMember, "goLive">[]): RolloutMember[] {
  const dates = new Map(waves.map((w) => [w.wave, w.goLive]));
  return members.map((member) => {
    const goLive = member.override ?? (member.wave === undefined ? undefined : dates.get(member.wave));
    return goLive ? { ...member, goLive } : { ...member };
  });
}

/**
 * The plan with one wave's go-live moved; every member of the wave without an override follows.
 *
 * @example
 * moveWave(plan, 2, civilDate(2027, 10, 1)).members.filter((m) => m.wave === 2) // all on 2027-10-01 but overrides
 */
export function moveWave(plan: RolloutPlan, wave: number, goLive: Date): RolloutPlan {
  const known = plan.waves.some((w) => w.wave === wave);
  const waves = known ? plan.waves.map((w) => (w.wave === wave ? { wave, goLive } : { ...w })) : [...plan.waves, { wave, goLive }];
  return { ...plan, waves, members: resolveGoLives(waves, plan.members) };
}

/** The date most members of a wave share (earliest on a tie): the wave's date in a CSV rollout. */
function commonDate(dates: Date[]): Date | undefined {
  const counts = new Map<string, { date: Date; count: number }>();
  for (const date of dates) {
    const key = toIsoDate(date);
    const entry = counts.get(key) ?? { date, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.date.getTime() - b.date.getTime())[0]?.date;
}

/**
 * A plan from checked CSV rows (one go-live per row): a wave's date is the one most of its rows
 * give, and a row with another date (or no wave) keeps its date as an override.
 */
export function rolloutFromEntries(source: string, entries: RolloutEntry[], problems: RolloutProblem[]): RolloutPlan {
  const waveNumbers = [...new Set(entries.flatMap((e) => (e.wave === undefined ? [] : [e.wave])))].sort((a, b) => a - b);
  const waves = waveNumbers.map((wave) => ({ wave, goLive: commonDate(entries.filter((e) => e.wave === wave).map((e) => e.goLive)) }));
  const waveDate = new Map(waves.map((w) => [w.wave, w.goLive]));
  const members = entries.map((entry) => {
    const ofWave = entry.wave === undefined ? undefined : waveDate.get(entry.wave);
    const follows = ofWave !== undefined && ofWave.getTime() === entry.goLive.getTime();
    return { line: entry.line, municipality: entry.municipality, wave: entry.wave, override: follows ? undefined : entry.goLive };
  });
  return { source, waves, members: resolveGoLives(waves, members), problems };
}
