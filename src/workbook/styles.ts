/** The look of each named style, shared by both renderers. Colours follow KOMBIT-like calm blues. */
import type { CellStyle, StyleKey } from "./types";
import { DATE_FORMAT } from "./layout";

export const COLORS = {
  ink: "1F2937",
  muted: "6B7280",
  accent: "1F4E79",
  inputFill: "FFF9E6",
  overdueFill: "F8CBAD",
  invalidFill: "FFC7CE",
  invalidFont: "9C0006",
  doneFill: "C6EFCE",
  progressFill: "FFEB9C",
  phaseTabs: ["2E75B6", "548235", "C55A11", "7030A0"],
  themeTab: "8EA9DB",
} as const;

export const STYLES: Record<StyleKey, CellStyle> = {
  title: { bold: true, size: 16, fontColor: COLORS.accent },
  subtitle: { size: 11, fontColor: COLORS.muted, italic: true },
  heading: { bold: true, size: 12, fontColor: COLORS.accent },
  label: { bold: true, vertical: "top" },
  body: { vertical: "top" },
  wrap: { wrap: true, vertical: "top" },
  muted: { fontColor: COLORS.muted, italic: true, vertical: "top" },
  date: { numberFormat: DATE_FORMAT, horizontal: "left", vertical: "top" },
  dateLabel: { numberFormat: DATE_FORMAT, bold: true, horizontal: "left" },
  number: { numberFormat: "0", horizontal: "left" },
  percent: { numberFormat: "0%", horizontal: "right" },
  input: { fill: COLORS.inputFill, bold: true },
  inputDate: { fill: COLORS.inputFill, bold: true, numberFormat: DATE_FORMAT, horizontal: "left" },
};
