/** Excel's rules for table and workbook names, which share one namespace. */
import { officeErrors } from "./errors";
import { type WorkbookState, sameName } from "./state";

const SYNTAX = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^[A-Za-z]{1,3}\d{1,7}$/;
const R1C1_LIKE = /^(R|C|R\d*C\d*|R\d+|C\d+)$/i;

export function checkDefinedName(workbook: WorkbookState, name: unknown, location: string, self?: object): string {
  if (typeof name !== "string" || name.length > 255 || !SYNTAX.test(name) || CELL_LIKE.test(name) || R1C1_LIKE.test(name)) {
    throw officeErrors.invalidArgument(`"${String(name)}" is not a legal name`, location);
  }
  const clash = [...workbook.tables, ...workbook.names].find((x) => x !== self && sameName(x.name, name));
  if (clash) throw officeErrors.itemAlreadyExists(`name "${name}"`);
  return name;
}
