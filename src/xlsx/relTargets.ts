/**
 * Relationship targets in the form ExcelJS understands. The standard lets a sheet name its parts by
 * absolute path ("/xl/tables/table1.xml"), and openpyxl writes them so; ExcelJS only knows the
 * relative form Excel writes ("../tables/table1.xml") and fails on the other as if the file were
 * damaged. Only the sheets' relationship parts are rewritten, and only when they need it.
 */
import JSZip from "jszip";

const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.rels$/;

/**
 * The bytes with every sheet's absolute "/xl/…" targets made relative; the same bytes when none is.
 *
 * @example
 * await relativeSheetTargets(savedByOpenpyxl) // Target="/xl/tables/table1.xml" → Target="../tables/table1.xml"
 */
export async function relativeSheetTargets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const entry of Object.values(zip.files).filter((file) => SHEET_RELS.test(file.name))) {
    const xml = await entry.async("string");
    const relative = xml.replace(/(\bTarget=["'])\/xl\//g, "$1../");
    if (relative === xml) continue;
    zip.file(entry.name, relative);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}
