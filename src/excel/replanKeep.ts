/**
 * What of the user's own points into the plan and must survive the swap: deleting a sheet turns
 * every formula and workbook name that pointed at it into #REF!, so the formulas on the user's own
 * sheets and the user's names that point at plan sheets are written again, unchanged, once the new
 * sheets have their final names (the same as the old ones). They then point at the new plan, as
 * `implan update` carries them over. What points at a sheet or table the new plan no longer has
 * cannot be kept and is said in a note. Pure.
 */
import type { Text } from "../model/types";
import { quoteSheet } from "../workbook/address";
import { PLAN_NAMES } from "../workbook/planSheets";
import { mentionsSheet } from "../workbook/renameSheets";
import { mentionsName } from "../workbook/renameTables";
import type { WorkbookDescription } from "../workbook/types";
import type { OpenWorkbookView } from "./readView";

export interface KeptReferences {
  /** The user's names to add again (after the plan's names are deleted and the sheets swapped). */
  userNames: { name: string; formula: string }[];
  /** Formulas on the user's sheets to write again. */
  formulas: { sheet: string; address: string; formula: string }[];
  notes: Text[];
}

const lower = (name: string) => name.toLocaleLowerCase("da");

export function keptReferences(view: OpenWorkbookView, owned: ReadonlySet<string>, final: WorkbookDescription): KeptReferences {
  const finalSheets = new Map(final.sheets.map((s) => [lower(s.name), s.name]));
  const finalTables = new Set(final.sheets.flatMap((s) => s.tables.map((t) => lower(t.name))));
  const planNames = new Set([...PLAN_NAMES, ...final.names.map((n) => lower(n.name))]);
  const kept: KeptReferences = { userNames: [], formulas: [], notes: [] };

  for (const name of view.names) {
    if (planNames.has(lower(name.name)) || !owned.has(lower(name.sheet))) continue;
    const sheet = finalSheets.get(lower(name.sheet));
    if (sheet) kept.userNames.push({ name: name.name, formula: `=${quoteSheet(sheet)}!${name.range}` });
    else kept.notes.push({ da: `Dit navn ${name.name} pegede på arket "${name.sheet}", som den nye plan ikke har; det peger nu på #REF!.`, en: `Your name ${name.name} pointed at the sheet "${name.sheet}", which the new plan does not have; it now points at #REF!.` });
  }

  const ownedSheets = view.sheets.filter((s) => owned.has(lower(s.name)));
  const ownedTables = ownedSheets.flatMap((s) => s.tables.map((t) => t.name));
  for (const sheet of view.sheets.filter((s) => !owned.has(lower(s.name)))) {
    for (const cell of sheet.formulaCells()) {
      const sheets = ownedSheets.filter((s) => mentionsSheet(cell.formula, s.name)).map((s) => s.name);
      const tables = ownedTables.filter((t) => mentionsName(cell.formula, t));
      if (sheets.length === 0 && tables.length === 0) continue;
      const lost = [...sheets.filter((s) => !finalSheets.has(lower(s))), ...tables.filter((t) => !finalTables.has(lower(t)))];
      if (lost.length === 0) kept.formulas.push({ sheet: sheet.name, address: cell.address, formula: cell.formula });
      else {
        const what = lost.map((l) => `"${l}"`).join(", ");
        kept.notes.push({
          da: `Formlen i "${sheet.name}"!${cell.address} pegede på ${what}, som den nye plan ikke har; den viser nu #REF!.`,
          en: `The formula in "${sheet.name}"!${cell.address} pointed at ${what}, which the new plan does not have; it now shows #REF!.`,
        });
      }
    }
  }
  return kept;
}
