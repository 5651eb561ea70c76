/**
 * Groups cells into rectangles so each contiguous block is written with one 2-D array instead of
 * one request per cell: fewer actions, smaller payload. Pure; used for values and for styles.
 */
import { cellAddress, parseAddress } from "../workbook/address";

export interface Placed<T> {
  row: number;
  column: number;
  item: T;
}

export interface Block<T> {
  /** "A4:B9", or "C8" for a single cell. */
  address: string;
  top: number;
  left: number;
  /** Items row by row, the rectangle's shape. */
  items: T[][];
}

/** Places items at their A1 addresses; a later item at the same address replaces an earlier one. */
export function place<T>(entries: { address: string; item: T }[]): Placed<T>[] {
  const byCell = new Map<string, Placed<T>>();
  for (const { address, item } of entries) {
    const { row, column } = parseAddress(address);
    byCell.set(`${row}:${column}`, { row, column, item });
  }
  return [...byCell.values()];
}

function address(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(left, top);
  return top === bottom && left === right ? a : `${a}:${cellAddress(right, bottom)}`;
}

/**
 * Rectangles that exactly cover the cells, each holding only cells with the same `key`: first runs
 * of neighbours in a row, then runs with the same columns and key stacked over consecutive rows.
 * @example blocks of A1,B1,A2,B2,C5 → "A1:B2" and "C5"
 */
export function toBlocks<T>(cells: Placed<T>[], key: (item: T) => string = () => ""): Block<T>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  type Run = { row: number; left: number; right: number; key: string; items: T[] };
  const runs: Run[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const k = key(cell.item);
    if (last && last.row === cell.row && last.right + 1 === cell.column && last.key === k) {
      last.right = cell.column;
      last.items.push(cell.item);
    } else {
      runs.push({ row: cell.row, left: cell.column, right: cell.column, key: k, items: [cell.item] });
    }
  }
  type Open = { top: number; bottom: number; left: number; right: number; key: string; items: T[][] };
  const done: Open[] = [];
  const open = new Map<string, Open>();
  let currentRow = -1;
  for (const run of runs) {
    if (run.row !== currentRow) {
      // Rectangles that did not reach the previous row cannot grow any more.
      for (const [id, rect] of open) {
        if (rect.bottom < run.row - 1) {
          done.push(rect);
          open.delete(id);
        }
      }
      currentRow = run.row;
    }
    const id = `${run.left}:${run.right}:${run.key}`;
    const rect = open.get(id);
    if (rect && rect.bottom === run.row - 1) {
      rect.bottom = run.row;
      rect.items.push(run.items);
    } else {
      open.set(id, { top: run.row, bottom: run.row, left: run.left, right: run.right, key: run.key, items: [run.items] });
    }
  }
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((r) => ({ address: address(r.top, r.left, r.bottom, r.right), top: r.top, left: r.left, items: r.items }));
}
