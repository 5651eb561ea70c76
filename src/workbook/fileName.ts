/**
 * A plan's file name, shared by the CLI (implan generate) and the add-in (a wave's plans as a .zip),
 * so a municipality's plan is called the same whichever made it. Pure.
 */

/**
 * Ascii only, so the name is safe in mail, in zip files and on any disk.
 * @example planFileName("0101", "København") === "implementeringsplan-0101-koebenhavn.xlsx"
 */
export function planFileName(code: string, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `implementeringsplan-${code}-${slug}.xlsx`;
}
