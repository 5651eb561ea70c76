/** Findings grouped as the pane lists them, and the rows a live check marks. Pure. */
import type { Finding, Severity } from "../../plan/validation/types";
import type { CellChange } from "../host";

export interface SheetGroup {
  /** "" for findings about the workbook as a whole (a missing name). */
  sheet: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

const ORDER: Severity[] = ["error", "warning"];

/**
 * Errors first, then warnings; within each, sheets in the order validation found them (the
 * workbook's order) and findings in row order.
 * @example groupFindings([warningOnB, errorOnA]).map((g) => g.severity) // ["error", "warning"]
 */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return ORDER.flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) return [];
    const sheets: SheetGroup[] = [];
    for (const finding of ofSeverity) {
      const group = sheets.find((s) => s.sheet === finding.sheet);
      if (group) group.findings.push(finding);
      else sheets.push({ sheet: finding.sheet, findings: [finding] });
    }
    return [{ severity, count: ofSeverity.length, sheets }];
  });
}

/** Past this many rows in one change (a paste over a whole table) only the first are marked. */
const MAX_ROWS_PER_CHANGE = 1000;

/** "H5" → 5, "D7:E9" → [7, 9]; undefined for anything else (a name such as GoLive). */
function rowSpan(address: string): [number, number] | undefined {
  const match = /^\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?$/i.exec(address.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  return [first, Number(match[2] ?? match[1])];
}

/** The rows people changed, as "sheet!row" keys. */
export function changedRows(changes: readonly CellChange[]): Set<string> {
  const rows = new Set<string>();
  for (const change of changes) {
    const span = rowSpan(change.address);
    if (!span) continue;
    const last = Math.min(span[1], span[0] + MAX_ROWS_PER_CHANGE - 1);
    for (let row = span[0]; row <= last; row++) rows.add(`${change.sheet}!${row}`);
  }
  return rows;
}

/** True when the finding's cell is on one of the rows. */
export function inRows(finding: Finding, rows: ReadonlySet<string>): boolean {
  const span = rowSpan(finding.cell);
  return span !== undefined && rows.has(`${finding.sheet}!${span[0]}`);
}
