/**
 * Failures of the pane's own Excel batches (update, the Validering sheet, selecting a cell) as
 * UserErrors, like errors.ts does for creating and reading: one sentence saying what happened and
 * what to do, with the Office error kept as `cause`. errors.ts words only "create" and "read".
 */
import { isUserError } from "../model/errors";
import type { Text } from "../model/types";
import { ExcelHostError, officeErrorCode } from "./errors";

export type PaneAction = "update" | "writeSheet" | "select" | "watch";

const DOING: Record<PaneAction, Text> = {
  update: { da: "opdatere planen", en: "update the plan" },
  writeSheet: { da: "skrive arket Validering", en: "write the Validation sheet" },
  select: { da: "vælge cellen", en: "select the cell" },
  watch: { da: "følge ændringer i planen", en: "follow changes to the plan" },
};

function advice(code: string | undefined, doing: Text): Text {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return { da: `Excel er ved at redigere en celle, så tilføjelsen kunne ikke ${doing.da}. Tryk Enter eller Esc i cellen, og prøv igen.`, en: `Excel is editing a cell, so the add-in could not ${doing.en}. Press Enter or Esc in the cell and try again.` };
    case "AccessDenied":
      return { da: `Projektmappen eller et ark er beskyttet, så tilføjelsen kunne ikke ${doing.da}. Fjern beskyttelsen (Gennemse > Fjern beskyttelse), og prøv igen.`, en: `The workbook or a sheet is protected, so the add-in could not ${doing.en}. Unprotect it (Review > Unprotect) and try again.` };
    case "ItemNotFound":
      return { da: `Tilføjelsen kunne ikke ${doing.da}, fordi et ark, en tabel eller et navn i planen er væk. Valider planen igen, og prøv så igen.`, en: `The add-in could not ${doing.en} because a sheet, table or name of the plan is gone. Validate the plan again, then try again.` };
    default:
      return {
        da: `Excel kunne ikke ${doing.da}${code ? ` (${code})` : ""}. Prøv igen; sker det igen, så gem og genåbn projektmappen, og prøv en gang til.`,
        en: `Excel could not ${doing.en}${code ? ` (${code})` : ""}. Try again; if it happens again, save and reopen the workbook and try once more.`,
      };
  }
}

/** Any error from one of the pane's batches as a UserError; a UserError passes through unchanged. */
export function paneError(error: unknown, action: PaneAction): Error {
  if (isUserError(error)) return error;
  const code = officeErrorCode(error);
  return new ExcelHostError(advice(code, DOING[action]), error, code);
}

/** Runs `work` and turns whatever it throws into a UserError. */
export async function asPaneErrors<T>(action: PaneAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw paneError(error, action);
  }
}
