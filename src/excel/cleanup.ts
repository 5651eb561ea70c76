/**
 * When the write sync fails, Excel keeps whatever part of the batch it had done. One more sync takes
 * the half-made plan out again: the sheets and names preflight proved were not there before.
 */
import type { Text } from "../model/types";
import type { WorkbookDescription } from "../workbook/types";

export async function removePartialPlan(context: Excel.RequestContext, description: WorkbookDescription): Promise<void> {
  const workbook = context.workbook;
  // Names first: deleting a sheet would leave its names pointing at #REF!.
  for (const name of description.names) workbook.names.getItemOrNullObject(name.name).delete();
  for (const sheet of description.sheets) workbook.worksheets.getItemOrNullObject(sheet.name).delete();
  await context.sync();
}

/** Said when even the clean-up failed, so the user knows what to delete by hand. */
export function leftoverText(description: WorkbookDescription): Text {
  const list = description.sheets.map((s) => `"${s.name}"`).join(", ");
  return {
    da: `Planen blev kun delvist oprettet, og de nye ark kunne ikke fjernes igen. Slet arkene ${list} (også skjulte), og prøv igen.`,
    en: `The plan was only partly created and the new sheets could not be removed again. Delete the sheets ${list} (hidden ones too) and try again.`,
  };
}
