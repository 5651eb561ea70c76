/** Print setup: A4, orientation, one page wide, repeated header rows, footer. ExcelApi 1.9. */
import type { PrintSetup } from "../../workbook/types";

export const REQUIRES = "1.9";

/** "4:4" → "$4:$4", the form setPrintTitleRows takes. */
function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((r) => `$${r.replace(/\$/g, "")}`)
    .join(":");
}

export function queuePrintSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  // One page wide, as many pages tall as needed (0 = automatic, as in the file format).
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows) page.setPrintTitleRows(absoluteRows(print.repeatRows));
  if (print.footer) {
    const footer = page.headersFooters.defaultForAllPages;
    // "&" starts a footer code, so the municipality's own "&" is doubled; centre and right are codes.
    footer.leftFooter = print.footer.left.replace(/&/g, "&&");
    footer.centerFooter = print.footer.center;
    footer.rightFooter = print.footer.right;
  }
}
