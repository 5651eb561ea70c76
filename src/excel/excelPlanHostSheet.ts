/**
 * Writes the Validering sheet: one sync to see what is there, one to replace it. The sheet is
 * replaced only when it is the add-in's own (its findings table, its title or nothing in it), never
 * a sheet of the user's that happens to have the name. The new sheet is made before the old one is
 * deleted, so even a workbook whose only visible sheet is Validering keeps a sheet.
 */
import { UserError } from "../model/errors";
import type { Lang } from "../model/types";
import { STYLES } from "../workbook/styles";
import { asPaneErrors } from "./excelPlanHostErrors";
import { VALIDATION_TABLE, validationSheet } from "./excelPlanHostSheetContent";
import type { ExcelRun } from "./host";
import type { ValidationSheetInput } from "./planHost";
import { sheetLayout } from "./sheetLayout";
import { queueSheetContent } from "./writeSheet";

/** Where the new sheet is built while the old one still exists; left over only after a failed write. */
const TEMP_NAME = "Implan_Validering_ny";
const TITLES = ["Validering af implementeringsplanen", "Validation of the implementation plan"];

interface Found {
  exists: boolean;
  ours: boolean;
  /** The findings table is on another sheet (the user renamed the add-in's sheet). */
  tableElsewhere: boolean;
  tempLeft: boolean;
}

async function inspect(context: Excel.RequestContext, name: string): Promise<Found> {
  const worksheets = context.workbook.worksheets;
  const old = worksheets.getItemOrNullObject(name);
  old.load("name");
  const title = old.getRange("A1");
  title.load("values");
  const used = old.getUsedRangeOrNullObject(true);
  used.load("address");
  // Asked of a sheet that is not there, this is a null object too: no table on it.
  const onOld = old.tables.getItemOrNullObject(VALIDATION_TABLE);
  onOld.load("name");
  const anywhere = context.workbook.tables.getItemOrNullObject(VALIDATION_TABLE);
  anywhere.load("name");
  const temp = worksheets.getItemOrNullObject(TEMP_NAME);
  temp.load("name");
  await context.sync();
  const tableElsewhere = !anywhere.isNullObject && onOld.isNullObject;
  if (old.isNullObject) return { exists: false, ours: false, tableElsewhere, tempLeft: !temp.isNullObject };
  const ours = !onOld.isNullObject || used.isNullObject || TITLES.includes(String(title.values[0]?.[0] ?? ""));
  return { exists: true, ours, tableElsewhere, tempLeft: !temp.isNullObject };
}

export async function writeValidationSheet(run: ExcelRun, input: ValidationSheetInput, lang: Lang): Promise<{ sheet: string }> {
  const description = validationSheet(input, lang);
  const name = description.name;
  await asPaneErrors("writeSheet", () =>
    run(async (context) => {
      const found = await inspect(context, name);
      if (found.exists && !found.ours) {
        throw new UserError({
          da: `Projektmappen har allerede et ark ved navn "${name}", som tilføjelsen ikke har skrevet. Omdøb arket, og prøv igen.`,
          en: `The workbook already has a sheet named "${name}" that the add-in did not write. Rename that sheet and try again.`,
        });
      }
      if (found.tableElsewhere) {
        throw new UserError({
          da: `Tabellen ${VALIDATION_TABLE} findes på et andet ark end "${name}" (måske et omdøbt Validering-ark). Slet det ark eller tabellen, og prøv igen.`,
          en: `The table ${VALIDATION_TABLE} is on a sheet other than "${name}" (perhaps a renamed Validation sheet). Delete that sheet or the table and try again.`,
        });
      }
      const worksheets = context.workbook.worksheets;
      if (found.tempLeft) worksheets.getItem(TEMP_NAME).delete();
      const sheet = worksheets.add(found.exists ? TEMP_NAME : name);
      if (found.exists) {
        worksheets.getItem(name).delete();
        sheet.name = name;
      }
      queueSheetContent(sheet, description, sheetLayout(description, STYLES));
      sheet.activate();
      await context.sync();
    }),
  );
  return { sheet: name };
}
