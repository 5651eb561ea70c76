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
  // Bars and markers of Overblik and Tidslinje: strong enough to read in a grey printout too.
  barNotStarted: "9DC3E6",
  barInProgress: "FFC000",
  barDone: "70AD47",
  barNotRelevant: "D9D9D9",
  barOverdue: "E04B3A",
  barPhase: "44546A",
  barTrack: "E7E6E6",
  today: "ED7D31",
  todayTint: "FBE5D6",
  goLive: "C00000",
  goLiveTint: "F4CCCC",
  headFill: "DDEBF7",
  readyFont: "006100",
  white: "FFFFFF",
} as const;

const band = (fill: string): CellStyle => ({ bold: true, fill, fontColor: COLORS.white, horizontal: "center", vertical: "middle", wrap: true });
const swatch = (fill: string): CellStyle => ({ fill });

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
  phase1: band(COLORS.phaseTabs[0]),
  phase2: band(COLORS.phaseTabs[1]),
  phase3: band(COLORS.phaseTabs[2]),
  phase4: band(COLORS.phaseTabs[3]),
  caption: { size: 9, fontColor: COLORS.muted, horizontal: "center", vertical: "middle", wrap: true },
  centerDate: { numberFormat: DATE_FORMAT, horizontal: "center" },
  milestone: { bold: true, fill: COLORS.goLive, fontColor: COLORS.white, horizontal: "center", vertical: "middle" },
  rollout: { italic: true, size: 9, fill: COLORS.headFill, fontColor: COLORS.accent, horizontal: "center" },
  tableHead: { bold: true, fill: COLORS.headFill, fontColor: COLORS.accent, horizontal: "center", vertical: "middle", wrap: true },
  matrixHead: { size: 7, fill: COLORS.headFill, fontColor: COLORS.accent, horizontal: "center", vertical: "middle", wrap: true },
  // A zero count shows as blank, so the few non-zero cells stand out.
  count: { numberFormat: "0;-0;", horizontal: "center" },
  countBold: { bold: true, numberFormat: "0", horizontal: "center" },
  percentBold: { bold: true, numberFormat: "0%", horizontal: "center" },
  kpi: { bold: true, size: 14, fontColor: COLORS.accent, numberFormat: "0", horizontal: "center" },
  kpiDate: { bold: true, size: 14, fontColor: COLORS.accent, numberFormat: DATE_FORMAT, horizontal: "center" },
  kpiPercent: { bold: true, size: 14, fontColor: COLORS.accent, numberFormat: "0%", horizontal: "center" },
  barTrack: { fill: COLORS.barTrack },
  ganttHead: { size: 7, horizontal: "center", fontColor: COLORS.ink },
  // Bar codes stay invisible: the conditional formats show them as colour.
  ganttCode: { numberFormat: ";;;", size: 7 },
  // A missing date comes back from INDEX as 0: show it blank, not as 1900.
  ganttDate: { numberFormat: "dd-mm-yy;;", horizontal: "center", size: 9 },
  ganttPhase: { bold: true, fill: COLORS.headFill, fontColor: COLORS.accent },
  legend: { size: 8, fontColor: COLORS.ink, vertical: "middle" },
  swatchNotStarted: swatch(COLORS.barNotStarted),
  swatchInProgress: swatch(COLORS.barInProgress),
  swatchDone: swatch(COLORS.barDone),
  swatchNotRelevant: swatch(COLORS.barNotRelevant),
  swatchOverdue: swatch(COLORS.barOverdue),
  swatchPhase: swatch(COLORS.barPhase),
  swatchToday: swatch(COLORS.today),
  swatchGoLive: swatch(COLORS.goLive),
};
