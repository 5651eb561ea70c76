/**
 * Tidslinje's top rows: the legend, the TidslinjeStart cell, and over each week column its year,
 * month, ISO week number and (hidden) Monday. Every header is a formula on TidslinjeStart, which
 * hangs on Fase1Start and so on GoLive: moving go-live moves the weeks.
 */
import type { Lang } from "../model/types";
import { fromExcelSerial } from "../plan/dates";
import { cellAddress } from "./address";
import { cell, formula, text } from "./cells";
import { LABELS } from "./labels";
import { phaseStartName } from "./layout";
import { TIMELINE, TIMELINE_START_NAME, WEEK_COLUMN_WIDTH, isoWeek, weekColumnLetter } from "./timelineLayout";
import type { SheetDescription, StyleKey } from "./types";
import { statusLabel } from "./values";

const MONTHS: Record<Lang, string[]> = {
  da: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

function monthName(mondayCell: string, lang: Lang): string {
  return `CHOOSE(MONTH(${mondayCell}),${MONTHS[lang].map((m) => `"${m}"`).join(",")})`;
}

/** Legend items in the order they are drawn: swatch style and words. */
function legendItems(lang: Lang): { style: StyleKey; label: string }[] {
  return [
    { style: "swatchNotStarted", label: statusLabel("ikke-startet", lang) },
    { style: "swatchInProgress", label: statusLabel("i-gang", lang) },
    { style: "swatchDone", label: statusLabel("fuldfoert", lang) },
    { style: "swatchNotRelevant", label: statusLabel("ikke-relevant", lang) },
    { style: "swatchOverdue", label: LABELS.overdue[lang] },
    { style: "swatchPhase", label: LABELS.phaseBar[lang] },
    { style: "swatchToday", label: LABELS.today[lang] },
    { style: "swatchGoLive", label: LABELS.goLive[lang] },
  ];
}

function addLegend(sheet: SheetDescription, lang: Lang): void {
  let column = TIMELINE.firstWeekColumn;
  for (const item of legendItems(lang)) {
    sheet.cells.push(cell(cellAddress(column, TIMELINE.legendRow), text(""), item.style), cell(cellAddress(column + 1, TIMELINE.legendRow), text(item.label), "legend"));
    // The label overflows into the empty cells after it; leave room for it at 8 pt.
    column += 2 + Math.ceil((item.label.length * 0.8) / WEEK_COLUMN_WIDTH);
  }
}

export function addTimelineHeader(sheet: SheetDescription, lang: Lang, firstMonday: number, weeks: number): void {
  const { startRow, monthRow, weekRow, mondayRow } = TIMELINE;
  sheet.cells.push(
    cell(`A${startRow}`, text(LABELS.timelineStart[lang]), "muted"),
    cell(TIMELINE.startCell, formula(`${phaseStartName("F1")}-WEEKDAY(${phaseStartName("F1")},3)`, firstMonday), "ganttDate"),
  );
  addLegend(sheet, lang);
  for (let week = 0; week < weeks; week++) {
    const letter = weekColumnLetter(week);
    const monday = `${letter}$${mondayRow}`;
    const serial = firstMonday + 7 * week;
    const date = fromExcelSerial(serial);
    const first = week === 0;
    // A month's name stands over its first Monday; a year over its first Monday of January.
    const newMonth = first || date.getUTCDate() <= 7;
    const newYear = first || (date.getUTCMonth() === 0 && date.getUTCDate() <= 7);
    const yearFormula = first ? `YEAR(${monday})&""` : `IF(AND(MONTH(${monday})=1,DAY(${monday})<=7),YEAR(${monday})&"","")`;
    const monthFormula = first ? monthName(monday, lang) : `IF(DAY(${monday})<=7,${monthName(monday, lang)},"")`;
    sheet.cells.push(
      cell(`${letter}${startRow}`, formula(yearFormula, newYear ? String(date.getUTCFullYear()) : ""), "ganttHead"),
      cell(`${letter}${monthRow}`, formula(monthFormula, newMonth ? MONTHS[lang][date.getUTCMonth()] : ""), "ganttHead"),
      cell(`${letter}${weekRow}`, formula(`WEEKNUM(${monday},21)`, isoWeek(serial)), "ganttHead"),
      cell(`${letter}${mondayRow}`, formula(`${TIMELINE_START_NAME}+${7 * week}`, serial), "ganttCode"),
    );
  }
  sheet.rowHeights.push({ row: mondayRow, height: 5 });
}
