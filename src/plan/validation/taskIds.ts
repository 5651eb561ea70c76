/**
 * Task IDs key everything (rollups, update, the archive), so each task row needs one that the
 * model or the variant knows, or a local one starting with "L-", and no ID may appear twice.
 */
import { MODEL } from "../../model";
import { nearMatches } from "../../model/distance";
import type { Text } from "../../model/types";
import { localTaskSchema } from "../../model/variant";
import { finding } from "./cells";
import { perTaskRow, type TaskRow } from "./rows";
import type { Rule } from "./types";

/** A local task's ID as a variant file would accept it: "L-" and 1–20 letters, digits, "_" or "-". */
export function isLocalTaskId(id: string): boolean {
  return localTaskSchema.shape.id.safeParse(id).success;
}

const LOCAL_HINT: Text = {
  da: 'en lokal opgave skal have et ID, der starter med "L-", fx "L-01"',
  en: 'a local task needs an ID starting with "L-", e.g. "L-01"',
};

/** task-id-missing: a row with entries but no ID cannot be kept apart from the others. */
export const taskIdMissingRule: Rule = perTaskRow((row) => {
  if (row.id !== undefined || !row.cells.id) return undefined;
  return finding("task-id-missing", "error", row.sheet, row.cells.id.address, {
    da: `Rækken har intet ID; skriv opgavens ID fra modellen, eller ${LOCAL_HINT.da}.`,
    en: `The row has no ID; write the task's ID from the model, or ${LOCAL_HINT.en}.`,
  });
});

function suggestionFor(id: string): string | undefined {
  const upper = id.toUpperCase();
  if (MODEL.tasks.some((t) => t.id === upper)) return upper;
  if (isLocalTaskId(upper)) return upper;
  return nearMatches(upper, MODEL.tasks.map((t) => t.id), 2)[0];
}

/** task-id-unknown: an ID that is neither the model's nor a local "L-" ID; task-id-removed: a task the variant removed. */
export const taskIdUnknownRule: Rule = perTaskRow(({ id, cells, sheet, planned }, { removed }) => {
  const cell = cells.id;
  if (id === undefined || !cell || planned || isLocalTaskId(id)) return undefined;
  if (removed.has(id)) {
    return finding("task-id-removed", "warning", sheet, cell.address, {
      da: `Opgave ${id} er fjernet i varianten, men står stadig i planen; slet rækken, eller tag opgaven ud af "removedTasks" i varianten.`,
      en: `Task ${id} is removed in the variant but is still in the plan; delete the row, or take the task out of "removedTasks" in the variant.`,
    }, id);
  }
  const near = suggestionFor(id);
  const hint: Text = near ? { da: ` (mente du "${near}"?)`, en: ` (did you mean "${near}"?)` } : { da: "", en: "" };
  return finding("task-id-unknown", "error", sheet, cell.address, {
    da: `ID "${id}" findes ikke i modellen${hint.da}; ret det til et ID fra modellen, eller ${LOCAL_HINT.da}.`,
    en: `ID "${id}" is not in the model${hint.en}; correct it to an ID from the model, or ${LOCAL_HINT.en}.`,
  }, id);
});

/** task-id-duplicate: every row after the first with the same ID, pointing back at the first. */
export const taskIdDuplicateRule: Rule = (context) => {
  const first = new Map<string, TaskRow>();
  return perTaskRow((row) => {
    const id = row.id;
    if (id === undefined || !row.cells.id) return undefined;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, row);
      return undefined;
    }
    const where = `'${earlier.sheet}'!${earlier.cells.id?.address ?? `A${earlier.row}`}`;
    return finding("task-id-duplicate", "error", row.sheet, row.cells.id.address, {
      da: `ID "${id}" står også i ${where}; giv hver opgave sit eget ID (en lokal kopi kan få et ID, der starter med "L-").`,
      en: `ID "${id}" is also in ${where}; give each task its own ID (a local copy can get an ID starting with "L-").`,
    }, id);
  })(context);
};

/** row-outside-table (warning): a task typed under the table, where its formulas and lists do not reach. */
export const rowOutsideTableRule: Rule = perTaskRow((row) => {
  if (!row.outsideTable) return undefined;
  const cell = row.cells.id?.address ?? `A${row.row}`;
  return finding("row-outside-table", "warning", row.sheet, cell, {
    da: `Rækken står under tabellen ${row.table} uden at høre til den, så dens datoer og lister mangler; træk tabellens hjørne ned over rækken, eller kør implan update.`,
    en: `The row is under the table ${row.table} without being part of it, so it lacks dates and lists; drag the table's corner down over the row, or run implan update.`,
  }, row.id);
});
