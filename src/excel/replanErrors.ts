/**
 * A re-plan's failures as UserErrors: what happened, that nothing typed is lost (and where it is),
 * and how to try again, in Danish and English. The Office error stays attached as `cause` and `code`.
 */
import { isUserError } from "../model/errors";
import type { Text } from "../model/types";
import { ExcelHostError, officeErrorCode } from "./errors";

/** Where the re-plan stopped: reading, writing the new plan (its temporary sheets then removed or not), or swapping. */
export type ReplanStage = "read" | "write" | "writeLeftover" | "swap";

function happened(stage: ReplanStage, code: string | undefined, leftovers: string): Text {
  const why = code ? ` (${code})` : "";
  switch (stage) {
    case "read":
      return { da: `Planen blev ikke opdateret: Excel kunne ikke læse den${why}.`, en: `The plan was not updated: Excel could not read it${why}.` };
    case "write":
      return { da: `Planen blev ikke opdateret: Excel stoppede, mens den nye plan blev skrevet${why}, og de halvt skrevne ark er fjernet igen.`, en: `The plan was not updated: Excel stopped while the new plan was being written${why}, and the half-written sheets were removed again.` };
    case "writeLeftover":
      return { da: `Planen blev ikke opdateret: Excel stoppede, mens den nye plan blev skrevet${why}, og de halvt skrevne ark (${leftovers}) kunne ikke fjernes igen.`, en: `The plan was not updated: Excel stopped while the new plan was being written${why}, and the half-written sheets (${leftovers}) could not be removed again.` };
    case "swap":
      return { da: `Opdateringen blev afbrudt, mens de nye ark blev sat i stedet for de gamle${why}.`, en: `The update was interrupted while the new sheets were replacing the old ones${why}.` };
  }
}

function safe(stage: ReplanStage): Text {
  switch (stage) {
    case "read":
    case "write":
      return { da: "Intet i planen er ændret, og alt, hvad du har skrevet, står, hvor det stod.", en: "Nothing in the plan was changed, and everything you typed is where it was." };
    case "writeLeftover":
      return { da: "Din plan og alt, hvad du har skrevet, står urørt; de ark er kun kopier og kan slettes.", en: "Your plan and everything you typed are untouched; those sheets are only copies and can be deleted." };
    case "swap":
      return { da: "Intet af det, du har skrevet, er tabt: det står i den nye plan eller i de gamle ark, der endnu ikke er slettet.", en: "Nothing you typed is lost: it is in the new plan or in the old sheets not yet deleted." };
  }
}

function retry(code: string | undefined): Text {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return { da: "Tryk Enter eller Esc i cellen, du redigerer, og kør Opdater plan igen.", en: "Press Enter or Esc in the cell you are editing, then run Update plan again." };
    case "AccessDenied":
      return { da: "Fjern beskyttelsen (Gennemse > Fjern beskyttelse), og kør Opdater plan igen.", en: "Unprotect the workbook (Review > Unprotect), then run Update plan again." };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return { da: "Planen er for stor til Excel på nettet: brug Excel på skrivebordet, eller opdater filen med implan update.", en: "The plan is too large for Excel on the web: use desktop Excel, or update the file with implan update." };
    default:
      return { da: "Kør Opdater plan igen; sker det igen, så gem og genåbn projektmappen først.", en: "Run Update plan again; if it happens again, save and reopen the workbook first." };
  }
}

/** Formulas of the user's that the interrupted swap may have left showing #REF!. */
function formulasHit(formulas: readonly { sheet: string; address: string }[]): Text[] {
  if (formulas.length === 0) return [];
  const first = `"${formulas[0].sheet}"!${formulas[0].address}`;
  return [{ da: `Formler på dine egne ark, der peger på planen (fx ${first}), kan vise #REF!; skriv dem igen, hvis de gør.`, en: `Formulas on your own sheets that point at the plan (e.g. ${first}) may show #REF!; enter them again if they do.` }];
}

/**
 * Any error of the re-plan's batches as a UserError; the plan layer's own UserErrors pass through.
 * `leftovers` names the temporary sheets a failed clean-up left; `formulas` the user's formulas a swap puts back.
 */
export function replanError(stage: ReplanStage, error: unknown, leftovers: string[] = [], formulas: readonly { sheet: string; address: string }[] = []): Error {
  const code = officeErrorCode(error);
  if (isUserError(error) && !(error instanceof ExcelHostError)) return error;
  const cause = error instanceof ExcelHostError ? error.cause : error;
  const parts = [happened(stage, code, leftovers.map((l) => `"${l}"`).join(", ")), safe(stage), ...(stage === "swap" ? formulasHit(formulas) : []), retry(code)];
  return new ExcelHostError({ da: parts.map((p) => p.da).join(" "), en: parts.map((p) => p.en).join(" ") }, cause, code);
}
