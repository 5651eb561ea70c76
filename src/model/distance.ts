/** Levenshtein distance: how many single-character edits turn `a` into `b`. Used for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidates within `maxDistance` edits of `input`, or that start with it, best first. */
export function nearMatches(input: string, candidates: readonly string[], maxDistance = 2): string[] {
  const scored = candidates
    .map((candidate) => ({ candidate, score: score(input, candidate, maxDistance) }))
    .filter((entry) => entry.score !== undefined) as { candidate: string; score: number }[];
  return scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).map((e) => e.candidate);
}

function score(input: string, candidate: string, maxDistance: number): number | undefined {
  const distance = editDistance(input, candidate);
  // A prefix of two or more characters is a likely abbreviation ("Køben" for "København"): it ranks
  // like a single typo, ahead of a shorter name two edits away ("Køge").
  if (input.length >= 2 && candidate.startsWith(input)) return Math.min(distance, 1);
  return distance <= maxDistance ? distance : undefined;
}

/** '"A"', '"A" eller "B"', '"A", "B" eller "C"' in the given conjunction. */
export function quotedList(items: readonly string[], conjunction: string): string {
  const quoted = items.map((item) => `"${item}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}
