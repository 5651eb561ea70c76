/** An empty sheet description to fill in, so builders only state what differs. */
import type { SheetDescription, SheetKind } from "./types";

export function newSheet(key: string, kind: SheetKind, name: string): SheetDescription {
  return {
    key,
    kind,
    name,
    visibility: "visible",
    columnWidths: [],
    rowHeights: [],
    cells: [],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
  };
}
