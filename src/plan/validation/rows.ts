/**
 * Task rows read once into what the rules compare: the row's ID, its status and phase as the model's
 * ids, and its dates. Some twenty rules look at every row, so reading and matching the cells here,
 * not again in each rule, is what keeps validation fast on a plan with many rows.
 */
import type { PhaseId, StatusId } from "../../model/types";
import type { SnapshotCell, TaskRowSnapshot } from "../snapshot";
import { type CellDate, dateOf, idOf, isEmpty, phaseOf, statusOf } from "./cells";
import type { Finding, PlannedTask, Rule, ValidationContext } from "./types";

/** A task row of the snapshot with its cells read. */
export interface TaskRow extends Pick<TaskRowSnapshot, "sheet" | "table" | "row" | "cells" | "outsideTable"> {
  /** The ID as text; undefined for a row without one. */
  id?: string;
  /** The task the plan expects under this ID, if any. */
  planned?: PlannedTask;
  /** Undefined when the Status cell does not hold one of the model's statuses. */
  status?: StatusId;
  phase?: PhaseId;
  completed: CellDate;
  deadline: CellDate;
  /** True when Bemærkning holds something. */
  hasNote: boolean;
}

/**
 * dateOf, with one CellDate per day: the rows of a plan share a few hundred dates, so this builds a
 * few hundred Dates instead of one per cell (and cells.dateText formats each of them once).
 */
function dateReader(): (cell: SnapshotCell | undefined) => CellDate {
  const byDay = new Map<number, CellDate>();
  return (cell) => {
    const value = cell?.value;
    if (typeof value !== "number") return dateOf(cell);
    const day = Math.floor(value);
    let date = byDay.get(day);
    if (!date) byDay.set(day, (date = dateOf(cell)));
    return date;
  };
}

export function readTaskRows(tasks: readonly TaskRowSnapshot[], { lang, planned }: Pick<ValidationContext, "lang" | "planned">): TaskRow[] {
  const dayOf = dateReader();
  return tasks.map(({ sheet, table, row, cells, outsideTable }) => {
    const id = idOf(cells.id);
    return {
      sheet,
      table,
      row,
      cells,
      outsideTable,
      id,
      planned: id === undefined ? undefined : planned.get(id),
      status: statusOf(cells.status, lang),
      phase: phaseOf(cells.phase, lang),
      completed: dayOf(cells.completed),
      deadline: dayOf(cells.deadline),
      hasNote: !isEmpty(cells.note),
    };
  });
}

/** IDs (or sheet!cell for rows without one) of the tasks I gang or Fuldført, by their phase. */
export function startedByPhase(rows: readonly TaskRow[]): Map<PhaseId, string[]> {
  const started = new Map<PhaseId, string[]>();
  for (const row of rows) {
    if (row.phase === undefined || (row.status !== "i-gang" && row.status !== "fuldfoert")) continue;
    const ids = started.get(row.phase) ?? [];
    if (ids.length === 0) started.set(row.phase, ids);
    ids.push(row.id ?? `${row.sheet}!A${row.row}`);
  }
  return started;
}

/** A rule that looks at each task row on its own, with at most one finding per row. */
export function perTaskRow(check: (row: TaskRow, context: ValidationContext) => Finding | undefined): Rule {
  return (context) => {
    const findings: Finding[] = [];
    for (const row of context.rows) {
      const found = check(row, context);
      if (found) findings.push(found);
    }
    return findings;
  };
}
