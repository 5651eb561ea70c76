/**
 * What an update writes into the open workbook, as plain data: the go-live cell, the phase start
 * and end formulas (found through their workbook names), the stored variant and the front-sheet
 * fields. Nothing else is touched, so every entry stays where the user put it. Pure.
 */
import { MODEL } from "../model";
import { UserError } from "../model/errors";
import type { Municipality, Text, Variant } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { PlanSnapshot, SheetCellSnapshot } from "../plan/snapshot";
import { serializeVariant } from "../model/variant-serialize";
import { phaseEndFormula, phaseStartFormula } from "../workbook/dateFormulas";
import { phaseEndName, phaseStartName } from "../workbook/layout";
import { findMetaTable } from "../workbook/readMeta";
import { META_KEYS } from "../workbook/metaSheet";
import type { CellValue } from "../workbook/types";
import type { WorkbookView } from "../workbook/workbookView";
import { phaseStartOffset } from "../plan/phases";

export interface CellWrite {
  sheet: string;
  /** A1 address of one cell. */
  address: string;
  value: CellValue;
}

/** The metadata table keeps the variant in cells of at most this many characters (metaSheet.ts). */
const CHUNK = 30000;

const NO_GO_LIVE: Text = {
  da: "Planen mangler navnet GoLive, så datoerne kan ikke flyttes herfra. Giv go-live-cellen navnet GoLive igen (Formler > Navnestyring), og prøv igen.",
  en: "The plan lacks the name GoLive, so its dates cannot be moved from here. Give the go-live cell the name GoLive again (Formulas > Name Manager) and try again.",
};

function nameCell(view: WorkbookView, name: string): { sheet: string; address: string } | undefined {
  const found = view.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  return found && { sheet: found.sheet, address: found.range.split(":")[0].replace(/\$/g, "") };
}

function phaseWrites(view: WorkbookView, variant: Variant, notes: Text[]): CellWrite[] {
  return MODEL.phases.flatMap((phase, i): CellWrite[] => {
    const next = MODEL.phases[i + 1]?.id;
    const start = nameCell(view, phaseStartName(phase.id));
    const end = nameCell(view, phaseEndName(phase.id));
    if (!start || !end) {
      const missing = !start ? phaseStartName(phase.id) : phaseEndName(phase.id);
      notes.push({
        da: `Navnet ${missing} findes ikke længere, så datoerne for ${phase.label.da} er ikke skrevet igen; den følger stadig go-live, hvis dens celler har deres formler.`,
        en: `The name ${missing} no longer exists, so the dates of ${phase.label.en} were not written again; it still follows go-live if its cells keep their formulas.`,
      });
      return [];
    }
    return [
      { ...start, value: { kind: "formula", formula: phaseStartFormula(phaseStartOffset(phase.id, variant)) } },
      { ...end, value: { kind: "formula", formula: phaseEndFormula(phase.id, next, variant.phase4Length) } },
    ];
  });
}

function variantWrites(view: WorkbookView, variant: Variant): CellWrite[] {
  const table = findMetaTable(view);
  const sheet = table && view.sheets.find((s) => s.tables.includes(table));
  const rows = (table?.rows ?? []).filter((row) => String(row[0]?.value ?? "").startsWith(`${META_KEYS.variant}.`));
  if (!table || !sheet || rows.length === 0 || rows.some((row) => !row[1])) {
    throw new UserError({
      da: "Planens skjulte metadata (tabellen Implan_Metadata) mangler eller er ændret, så fasernes start kan ikke gemmes. Lav planen igen med implan update på en kopi af filen.",
      en: "The plan's hidden metadata (the table Implan_Metadata) is missing or changed, so the phase starts cannot be stored. Make the plan again with implan update on a copy of the file.",
    });
  }
  const json = JSON.stringify(serializeVariant(variant));
  const chunks = Array.from({ length: Math.ceil(json.length / CHUNK) }, (_, i) => json.slice(i * CHUNK, (i + 1) * CHUNK));
  if (chunks.length > rows.length) {
    throw new UserError({
      da: "Varianten er blevet for stor til at gemme herfra. Opdater planen med implan update på en kopi af filen.",
      en: "The variant has grown too large to store from here. Update the plan with implan update on a copy of the file.",
    });
  }
  const ordered = [...rows].sort((a, b) => Number(String(a[0].value).split(".")[1]) - Number(String(b[0].value).split(".")[1]));
  // Left-over parts are emptied: readMeta joins them in order, so "" adds nothing.
  return ordered.map((row, i) => ({ sheet: sheet.name, address: row[1].address, value: chunks[i] ? { kind: "text", text: chunks[i] } : { kind: "empty" } }));
}

function textCell(cell: SheetCellSnapshot | undefined, text: string | undefined): CellWrite[] {
  if (!cell) return [];
  return [{ sheet: cell.sheet, address: cell.cell.address, value: text ? { kind: "text", text } : { kind: "empty" } }];
}

export interface UpdateFields {
  goLive: Date;
  variant: Variant;
  solution: string;
  wave?: number;
  /** Written only where the plan has none yet: the front sheet's title and footers name it too. */
  municipality?: Municipality;
}

export function updateWrites(view: WorkbookView, snapshot: PlanSnapshot, fields: UpdateFields): { writes: CellWrite[]; notes: Text[] } {
  if (!snapshot.goLive) throw new UserError(NO_GO_LIVE);
  const notes: Text[] = [];
  const writes: CellWrite[] = [{ sheet: snapshot.goLive.sheet, address: snapshot.goLive.cell.address, value: { kind: "date", serial: toExcelSerial(fields.goLive) } }];
  writes.push(...phaseWrites(view, fields.variant, notes), ...variantWrites(view, fields.variant));
  writes.push(...textCell(snapshot.solution, fields.solution.trim() || undefined));
  if (snapshot.wave) writes.push({ sheet: snapshot.wave.sheet, address: snapshot.wave.cell.address, value: fields.wave === undefined ? { kind: "empty" } : { kind: "number", value: fields.wave } });
  const hasMunicipality = [snapshot.municipality, snapshot.municipalityCode].some((c) => c && c.cell.value !== null && String(c.cell.value).trim() !== "");
  if (fields.municipality && !hasMunicipality) {
    writes.push(...textCell(snapshot.municipality, fields.municipality.name), ...textCell(snapshot.municipalityCode, fields.municipality.code));
  }
  return { writes, notes };
}
