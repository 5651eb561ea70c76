/** Counting a sheet's shapes (pictures, text boxes) is ExcelApi 1.9: call only when supported. */
export const REQUIRES = "1.9";

/** Queues a load of the sheet's shapes; the collection's `items` is readable after the sync. */
export function queueShapes(sheet: Excel.Worksheet): Excel.ShapeCollection {
  return sheet.shapes.load("items/id");
}
