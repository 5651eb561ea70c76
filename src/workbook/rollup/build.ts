/**
 * The consolidated rollup workbook as a description (see src/workbook/types), rendered by ExcelJS
 * for the CLI and, later, by Office.js for the add-in: Overblik, Kommuner, Status, Kriterier,
 * Filer, Fund and Udrulning.
 */
import type { Lang } from "../../model/types";
import { effectiveRollout } from "../../plan/rollup/derivedRollout";
import type { RollupResult } from "../../plan/rollup/types";
import { STYLES } from "../styles";
import type { WorkbookDescription } from "../types";
import { criteriaSheet, filesSheet, findingsSheet, statusSheet } from "./dataSheets";
import { ROLLUP_LABELS } from "./labels";
import { municipalitiesSheet } from "./municipalitiesSheet";
import { overviewSheet } from "./overviewSheet";
import { rolloutSheet } from "./rolloutSheet";

export function buildRollupWorkbook(result: RollupResult, lang: Lang): WorkbookDescription {
  const overview = overviewSheet(result, lang);
  return {
    lang,
    title: ROLLUP_LABELS.title[lang],
    sheets: [
      overview.sheet,
      municipalitiesSheet(result, lang),
      statusSheet(result, lang),
      criteriaSheet(result, lang),
      filesSheet(result, lang),
      findingsSheet(result, lang),
      rolloutSheet(effectiveRollout(result), lang),
    ],
    names: overview.names,
    styles: STYLES,
  };
}
