/** Words every operation shows: progress, failure, retry. In the views' chunks, not the first load. */
import type { Language } from "../i18n";

export interface OperationStrings {
  working: string;
  retry: string;
  /** Said under every failure: nothing typed is lost, and how to go on. */
  keptEntries: string;
  dismiss: string;
}

export const OPERATION_STRINGS: Record<Language, OperationStrings> = {
  da: {
    working: "Arbejder …",
    retry: "Prøv igen",
    keptEntries: "Intet af det, du har skrevet, er gået tabt. Gør det, beskeden siger, og prøv igen.",
    dismiss: "Luk",
  },
  en: {
    working: "Working …",
    retry: "Try again",
    keptEntries: "Nothing you entered is lost. Do what the message says and try again.",
    dismiss: "Close",
  },
};
