/**
 * Rows that should be there: every task the plan expects (a deleted row is an error unless the
 * variant removed the task) and every success criterion, each once.
 */
import { MODEL } from "../../model";
import type { PhaseId, ThemeId } from "../../model/types";
import type { CriteriaRowSnapshot, PlanSnapshot } from "../snapshot";
import { finding, idOf } from "./cells";
import type { Finding, PlannedTask, Rule } from "./types";

// The table names of src/workbook/layout.ts (the plan layer may not import the workbook layer).
const TASK_TABLE = (theme: ThemeId) => `Opgaver_${theme}`;
const CRITERIA_TABLE = (phase: PhaseId) => `Kriterier_${phase}`;

/** Where a finding about a missing row points: the ID header of the table it belongs in. */
function tableHeader(snapshot: PlanSnapshot, name: string): { sheet: string; cell: string } {
  const table = snapshot.tables?.find((t) => t.name.toLowerCase() === name.toLowerCase());
  return table ? { sheet: table.sheet, cell: table.idHeader } : { sheet: "", cell: name };
}

/** "PRJ-01, PRJ-02 og PRJ-03". */
function idList(ids: string[], conjunction: string): string {
  return ids.length <= 1 ? ids.join("") : `${ids.slice(0, -1).join(", ")} ${conjunction} ${ids[ids.length - 1]}`;
}

/**
 * task-table-missing: a theme's whole task table is gone. Its rows are often still on the sheet (a
 * table converted to a range), so one finding says how to make them a table again, instead of one
 * "bring the row back" per task.
 */
function tableMissing(table: string, tasks: PlannedTask[]): Finding {
  const ids = tasks.map((t) => t.id);
  return finding("task-table-missing", "error", "", table, {
    da: `Tabellen ${table} findes ikke i projektmappen, så ${idList(ids, "og")} mangler. Er tabellen konverteret til et område, så markér rækkerne med overskrifterne, gør dem til en tabel igen (Indsæt > Tabel), og giv den navnet ${table} (Tabeldesign > Tabelnavn); er arket slettet, så kør implan update for at skrive opgaverne igen.`,
    en: `The table ${table} is not in the workbook, so ${idList(ids, "and")} are missing. If the table was converted to a range, select its rows with the headers, make them a table again (Insert > Table) and name it ${table} (Table Design > Table Name); if the sheet was deleted, run implan update to write the tasks again.`,
  });
}

/** task-missing: a planned task with no row in any task table (task-table-missing when its whole table is gone). */
export const taskMissingRule: Rule = ({ snapshot, planned, lang }) => {
  const present = new Set(snapshot.tasks.map((row) => idOf(row.cells.id)));
  const missing = [...planned.values()].filter((task) => !present.has(task.id));
  const tableless = new Map<string, PlannedTask[]>();
  const findings = missing.flatMap((task): Finding[] => {
    const where = tableHeader(snapshot, TASK_TABLE(task.theme));
    if (where.sheet === "") {
      tableless.set(where.cell, [...(tableless.get(where.cell) ?? []), task]);
      return [];
    }
    const title = task.title[lang];
    return [
      finding("task-missing", "error", where.sheet, where.cell, {
        da: `Opgave ${task.id} (${title}) mangler i planen; hent rækken tilbage (Fortryd eller en sikkerhedskopi), kør implan update for at skrive den igen, eller fjern opgaven i varianten med en dokumenteret afvigelse.`,
        en: `Task ${task.id} (${title}) is missing from the plan; bring the row back (Undo or a backup), run implan update to write it again, or remove the task in the variant with a documented deviation.`,
      }, task.id),
    ];
  });
  return [...findings, ...[...tableless].map(([table, tasks]) => tableMissing(table, tasks))];
};

/** criterion-missing: a success criterion of the model with no row in any criteria table. */
export const criterionMissingRule: Rule = ({ snapshot, lang }) => {
  const present = new Set(snapshot.criteria.map((row) => idOf(row.cells.id)));
  return MODEL.criteria.flatMap((criterion): Finding[] => {
    if (present.has(criterion.id)) return [];
    const where = tableHeader(snapshot, CRITERIA_TABLE(criterion.phase));
    return [
      finding("criterion-missing", "error", where.sheet, where.cell, {
        da: `Succeskriteriet ${criterion.id} (${criterion.text[lang]}) mangler; hent rækken tilbage, eller kør implan update for at skrive den igen.`,
        en: `The success criterion ${criterion.id} (${criterion.text[lang]}) is missing; bring the row back, or run implan update to write it again.`,
      }, criterion.id),
    ];
  });
};

/** criterion-id: a criteria row needs an ID, and no ID may appear twice. */
export const criterionIdRule: Rule = ({ snapshot }) => {
  const first = new Map<string, CriteriaRowSnapshot>();
  return snapshot.criteria.flatMap((row): Finding[] => {
    const cell = row.cells.id;
    if (!cell) return [];
    const id = idOf(cell);
    if (id === undefined) {
      return [
        finding("criterion-id", "error", row.sheet, cell.address, {
          da: 'Rækken har intet ID; giv et eget succeskriterie et ID som "F2-L1".',
          en: 'The row has no ID; give your own success criterion an ID such as "F2-L1".',
        }),
      ];
    }
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, row);
      return [];
    }
    return [
      finding("criterion-id", "error", row.sheet, cell.address, {
        da: `ID "${id}" står også i '${earlier.sheet}'!${earlier.cells.id?.address}; slet den ene række, eller giv den et andet ID.`,
        en: `ID "${id}" is also in '${earlier.sheet}'!${earlier.cells.id?.address}; delete one of the rows, or give it another ID.`,
      }, id),
    ];
  });
};
