/**
 * The temporary names a re-plan writes the new plan under while the old one still stands (sheet and
 * table names must be unique in a workbook), by which a later run also recognises what an interrupted
 * one left, and which sheet of the plan each stood in for: "Implan_ny_theme-PRJ" sheets and
 * "Implan_ny_Opgaver_PRJ" tables (see replanLeftovers.ts). Pure.
 */

const SHEET = /^Implan_ny\d*_(front|overview|timeline|lists|meta|archive|phase-F[1-4]|theme-[A-Z]{3})$/i;
const TABLE = /^Implan_ny\d*_/i;

/** "Implan_ny_Opgaver_PRJ" → "Opgaver_PRJ". */
export const standsInFor = (temporaryTable: string): string => temporaryTable.replace(TABLE, "");

export const isTemporarySheet = (name: string): boolean => SHEET.test(name);
export const isTemporaryTable = (name: string): boolean => TABLE.test(name);

/** The sheet key a temporary sheet name carries: "Implan_ny_theme-PRJ" → "theme:PRJ". */
export function keyOfTemporarySheet(name: string): string | undefined {
  return SHEET.exec(name)?.[1].replace("-", ":");
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLocaleLowerCase("da")));

/** A sheet name per key ("Implan_ny_theme-PRJ", or "Implan_ny2_…" when that is taken), so a later run knows each leftover's key. */
export function temporarySheetNames(keys: readonly string[], taken: Iterable<string>): string[] {
  const used = lower(taken);
  return keys.map((key) => {
    const id = key.replace(":", "-");
    let candidate = `Implan_ny_${id}`;
    for (let k = 2; used.has(candidate.toLocaleLowerCase("da")); k++) candidate = `Implan_ny${k}_${id}`;
    used.add(candidate.toLocaleLowerCase("da"));
    return candidate;
  });
}

/** "Implan_ny_Opgaver_PRJ" (or "Implan_ny2_…" when that is taken) for each table name. */
export function temporaryTableNames(tables: readonly string[], taken: Iterable<string>): Record<string, string> {
  const used = lower(taken);
  const names: Record<string, string> = {};
  for (const table of tables) {
    let candidate = `Implan_ny_${table}`;
    for (let k = 2; used.has(candidate.toLocaleLowerCase("da")); k++) candidate = `Implan_ny${k}_${table}`;
    used.add(candidate.toLocaleLowerCase("da"));
    names[table] = candidate;
  }
  return names;
}
