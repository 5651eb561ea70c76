/**
 * A host-neutral picture of a rendered workbook, made from the fake Excel host or from an .xlsx
 * read back with ExcelJS, and a diff that names every difference by sheet and cell.
 */
export interface CellShape {
  value: string | number | boolean | null;
  /** Without "=". */
  formula?: string;
  numberFormat?: string;
}

export interface StyleShape {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
}

export interface ConditionalShape {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SheetShape {
  visibility: "visible" | "hidden" | "veryHidden";
  tabColor?: string;
  cells: Record<string, CellShape>;
  styles: Record<string, StyleShape>;
  merges: string[];
  /** Cell → list source (a workbook name), one entry per cell. */
  validations: Record<string, string>;
  /** Strongest first. */
  conditionalFormats: ConditionalShape[];
  freeze?: { rows: number; columns: number };
  /** Column letter → points. */
  columnWidths: Record<string, number>;
  /** Row → points. */
  rowHeights: Record<string, number>;
  print?: { orientation?: string; titleRows?: string; footer?: string };
}

export interface WorkbookShape {
  order: string[];
  sheets: Record<string, SheetShape>;
  /** Name → "Sheet!$B$8". */
  names: Record<string, string>;
  tables: Record<string, { sheet: string; address: string; headers: string[]; style: string }>;
}

/** RRGGBB in upper case from "#2e75b6" or "FF2E75B6"; undefined stays undefined. */
export function rgb(colour: string | undefined): string | undefined {
  if (!colour) return undefined;
  const hex = colour.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex;
}

/** Drops undefined fields, so "not set" compares equal however a host spells it. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/** Every difference between two shapes as "path: left=… right=…", in a stable order. */
export function diffShapes(left: unknown, right: unknown, labels: [string, string] = ["excel", "xlsx"], path = ""): string[] {
  if (left === right) return [];
  const bothObjects = left && right && typeof left === "object" && typeof right === "object" && Array.isArray(left) === Array.isArray(right);
  if (!bothObjects) {
    if (typeof left === "number" && typeof right === "number" && Math.abs(left - right) < 1e-9) return [];
    return [`${path || "(root)"}: ${labels[0]}=${show(left)} ${labels[1]}=${show(right)}`];
  }
  const a = left as Record<string, unknown>;
  const b = right as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => diffShapes(a[k], b[k], labels, path ? `${path}.${k}` : k));
}

/** A readable report for a failing test: the first `limit` differences and how many there are. */
export function report(differences: string[], limit = 40): string {
  if (differences.length === 0) return "no differences";
  const more = differences.length > limit ? `\n… and ${differences.length - limit} more` : "";
  return `${differences.length} differences:\n${differences.slice(0, limit).join("\n")}${more}`;
}
