/** Drop-down list validations. `range.dataValidation` is ExcelApi 1.8: call only when supported. */
import type { ListValidation } from "../../workbook/types";

export const REQUIRES = "1.8";

export function queueListValidations(sheet: Excel.Worksheet, validations: ListValidation[]): void {
  for (const v of validations) {
    const validation = sheet.getRange(v.range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: `=${v.source}` } };
    validation.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
    validation.ignoreBlanks = true;
  }
}
