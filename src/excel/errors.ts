/**
 * Office.js failures as UserErrors: one sentence in Danish and English that says what happened and
 * what to do. The original error stays attached as `cause` (and its Office code as `code`) so the
 * pane can log it; nothing is swallowed.
 */
import { UserError, isUserError } from "../model/errors";
import type { Text } from "../model/types";

/** What the add-in was doing when Excel failed, for the message. */
export type HostAction = "create" | "read" | "rollup" | "rollout";

export class ExcelHostError extends UserError {
  readonly code?: string;
  override readonly cause: unknown;

  constructor(text: Text, cause: unknown, code?: string) {
    super(text);
    this.cause = cause;
    this.code = code;
  }
}

const DOING: Record<HostAction, Text> = {
  create: { da: "oprette planen", en: "create the plan" },
  read: { da: "læse planen", en: "read the plan" },
  rollup: { da: "skrive udrulningsstatus", en: "write the rollout status" },
  rollout: { da: "læse udrulningen", en: "read the rollout" },
};

/** Office.js errors carry a string `code` (OfficeExtension.Error); nothing else is relied on. */
export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error && typeof (error as { code: unknown }).code === "string") return (error as { code: string }).code;
  return undefined;
}

function advice(code: string | undefined, action: HostAction): Text {
  const doing = DOING[action];
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return { da: `Excel er ved at redigere en celle, så tilføjelsen kunne ikke ${doing.da}. Tryk Enter eller Esc i cellen, og prøv igen.`, en: `Excel is editing a cell, so the add-in could not ${doing.en}. Press Enter or Esc in the cell and try again.` };
    case "AccessDenied":
      return { da: `Projektmappen eller et ark er beskyttet, så tilføjelsen kunne ikke ${doing.da}. Fjern beskyttelsen (Gennemse > Fjern beskyttelse), og prøv igen.`, en: `The workbook or a sheet is protected, so the add-in could not ${doing.en}. Unprotect it (Review > Unprotect) and try again.` };
    case "ApiNotFound":
    case "ApiNotAvailable":
      return { da: `Denne version af Excel mangler en funktion, der skal til for at ${doing.da}. Opdater Excel, eller brug Excel på nettet.`, en: `This version of Excel lacks a feature needed to ${doing.en}. Update Excel or use Excel on the web.` };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return { da: `Planen er for stor til, at Excel på nettet kan ${doing.da} på én gang. Brug Excel på skrivebordet, eller lav planen med kommandolinjen (implan generate).`, en: `The plan is too large for Excel on the web to ${doing.en} in one go. Use desktop Excel, or make the plan with the command line (implan generate).` };
    case "ActivityLimitReached":
    case "RequestAborted":
    case "ServiceNotAvailable":
    case "Timeout":
      return { da: `Excel svarede ikke, da tilføjelsen skulle ${doing.da}. Vent et øjeblik, og prøv igen.`, en: `Excel did not respond when the add-in tried to ${doing.en}. Wait a moment and try again.` };
    default:
      return {
        da: `Excel kunne ikke ${doing.da}${code ? ` (${code})` : ""}. Prøv igen; sker det igen, så gem og genåbn projektmappen, og prøv en gang til.`,
        en: `Excel could not ${doing.en}${code ? ` (${code})` : ""}. Try again; if it happens again, save and reopen the workbook and try once more.`,
      };
  }
}

/** Any error from an Excel batch as a UserError; a UserError passes through unchanged. */
export function toUserError(error: unknown, action: HostAction): UserError {
  if (isUserError(error)) return error;
  const code = officeErrorCode(error);
  return new ExcelHostError(advice(code, action), error, code);
}

/** Runs `work` and turns whatever it throws into a UserError. */
export async function asUserErrors<T>(action: HostAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toUserError(error, action);
  }
}
