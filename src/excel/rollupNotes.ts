/** What the pane is told when the rollup's last step (PivotTable, print setup) is left out or fails. */
import type { Text } from "../model/types";
import { ROLLUP_TABLES } from "../workbook/rollup/layout";
import { PIVOT_SHEET } from "./rollupFacts";

export const PIVOT_NOTES = {
  api: {
    da: `Pivottabellen (bølge × fase × status) er udeladt: denne Excel kan ikke lave pivottabeller fra tilføjelsesprogrammer (kræver ExcelApi 1.8). Lav den selv med Indsæt > Pivottabel på tabellen ${ROLLUP_TABLES.status}.`,
    en: `The PivotTable (wave × phase × status) was left out: this Excel cannot make PivotTables from add-ins (needs ExcelApi 1.8). Make it yourself with Insert > PivotTable on the ${ROLLUP_TABLES.status} table.`,
  },
  sheetTaken: {
    da: `Pivottabellen er udeladt, fordi projektmappen har et ark ved navn "${PIVOT_SHEET}", som tilføjelsen ikke har lavet. Omdøb arket, og skriv status igen for at få den.`,
    en: `The PivotTable was left out because the workbook has a sheet named "${PIVOT_SHEET}" that the add-in did not make. Rename that sheet and write the status again to get it.`,
  },
} satisfies Record<string, Text>;

/** Said when the last sync (print setup, PivotTable) failed after the rollup itself was written. */
export function finishFailedNote(code: string | undefined): Text {
  const why = code ? ` (${code})` : "";
  return {
    da: `Udrulningsstatus er skrevet, men det sidste trin mislykkedes${why}: pivottabellen eller udskriftsopsætningen mangler måske, og et tomt ark "${PIVOT_SHEET}" kan være blevet stående. Skriv status igen, eller ret det i Excel.`,
    en: `The rollout status was written, but the last step failed${why}: the PivotTable or print setup may be missing, and an empty "${PIVOT_SHEET}" sheet may be left. Write the status again, or fix it in Excel.`,
  };
}

