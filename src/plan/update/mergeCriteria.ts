/**
 * Criteria entries: assessments, justifications and own columns of the model's criteria by ID; a
 * row with another ID (a criterion the user added), without one, or a second row with the same ID
 * is kept as the user's own criterion in its phase's table, so nothing typed is dropped.
 */
import { MODEL } from "../../model";
import type { PhaseId } from "../../model/types";
import type { CriteriaRowSnapshot, PlanSnapshot } from "../snapshot";
import { idOf } from "../validation/cells";
import type { CriterionEntry, CriterionEntryKey, PlanEntries } from "./entries";
import { entryOf, extraEntries, sameText } from "./entryCells";

/** The phase of a criteria row: by its table (Kriterier_F2), else by its ID (F2-K1), else Fase 1. */
function phaseOfRow(row: CriteriaRowSnapshot): PhaseId {
  const match = /^Kriterier_(F[1-4])$/i.exec(row.table) ?? /^(F[1-4])-/i.exec(idOf(row.cells.id) ?? "");
  return (match?.[1].toUpperCase() as PhaseId | undefined) ?? "F1";
}

function criterionEntry(row: CriteriaRowSnapshot, id: string, modelText: string | undefined): CriterionEntry {
  const cells: Partial<Record<CriterionEntryKey, ReturnType<typeof entryOf>>> = {};
  for (const key of ["assessment", "justification"] as const) cells[key] = entryOf(row.cells[key], row.row);
  // The criterion's text is an entry only where it differs from the model's (or for own criteria).
  if (!sameText(row.cells.criterion, modelText)) cells.criterion = entryOf(row.cells.criterion, row.row);
  const kept = Object.fromEntries(Object.entries(cells).filter(([, entry]) => entry !== undefined)) as CriterionEntry["cells"];
  return { id, cells: kept, extra: extraEntries(row.extra, row.row) };
}

export function mergeCriteria(snapshot: PlanSnapshot, entries: PlanEntries): void {
  for (const table of snapshot.tables ?? []) {
    if (table.kind !== "criteria") continue;
    const phase = /^Kriterier_(F[1-4])$/i.exec(table.name)?.[1].toUpperCase();
    if (phase) entries.extraColumns[`Kriterier_${phase}`] ??= [...table.extraHeaders];
  }
  for (const row of snapshot.criteria) {
    const id = idOf(row.cells.id);
    const model = MODEL.criteria.find((c) => c.id === id);
    const phase = phaseOfRow(row);
    const entry = criterionEntry(row, id ?? "", model?.text[snapshot.lang]);
    const columns = (entries.extraColumns[`Kriterier_${model?.phase ?? phase}`] ??= []);
    for (const header of Object.keys(entry.extra)) if (!columns.includes(header)) columns.push(header);
    if (model && id !== undefined && !entries.criteria[id]) entries.criteria[id] = entry;
    else entries.localCriteria.push({ ...entry, phase });
  }
}
