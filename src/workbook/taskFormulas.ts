/**
 * Formulas that find tasks by table and column, never by row: structured references such as
 * `Opgaver_PRJ[Status]` follow sorting, filtering and inserted rows, and both Excel and
 * LibreOffice 7.4 resolve them in a file written by ExcelJS (checked by the visual e2e tests).
 * Text literals are the workbook's own words (status and phase labels in its language).
 */
import type { Lang, StatusId, ThemeId } from "../model/types";
import { TASK_COLUMNS, header, taskTableName, type TaskColumnKey } from "./layout";
import { statusLabel } from "./values";

/** A text literal inside a formula: Fuldført → "Fuldført" (quotes doubled). */
export function excelText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Every column reference of one theme's table, made once per theme and language: a plan's counting
 * formulas name the same few columns a couple of thousand times.
 */
const columnRefs: Record<Lang, Map<ThemeId, Map<TaskColumnKey, string>>> = { da: new Map(), en: new Map() };

/** Opgaver_PRJ[Status]; the characters [ ] # ' in a header are escaped with ' as Excel wants. */
export function taskColumnRef(theme: ThemeId, key: TaskColumnKey, lang: Lang): string {
  let refs = columnRefs[lang].get(theme);
  if (!refs) {
    const escaped = (column: TaskColumnKey) => header(TASK_COLUMNS, column, lang).replace(/(['#[\]])/g, "'$1");
    refs = new Map(TASK_COLUMNS.map((c) => [c.key, `${taskTableName(theme)}[${escaped(c.key)}]`]));
    columnRefs[lang].set(theme, refs);
  }
  return refs.get(key) as string;
}

/** The statuses that count as "not started": every value that is not one of the other three. */
const STARTED_OR_CLOSED: StatusId[] = ["i-gang", "fuldfoert", "ikke-relevant"];

/**
 * COUNTIFS criteria pairs for one status. "Ikke startet" also counts a blank or mistyped status, so
 * the four status counts of a phase always add up to its number of tasks.
 */
function statusCriteria(theme: ThemeId, status: StatusId, lang: Lang): string[] {
  const column = taskColumnRef(theme, "status", lang);
  if (status === "ikke-startet") return STARTED_OR_CLOSED.flatMap((s) => [column, excelText(`<>${statusLabel(s, lang)}`)]);
  return [column, excelText(statusLabel(status, lang))];
}

/** Criteria for "overdue": deadline before today, status neither Fuldført nor Ikke relevant. */
function overdueCriteria(theme: ThemeId, lang: Lang): string[] {
  const status = taskColumnRef(theme, "status", lang);
  return [
    taskColumnRef(theme, "deadline", lang),
    `"<"&TODAY()`,
    status,
    excelText(`<>${statusLabel("fuldfoert", lang)}`),
    status,
    excelText(`<>${statusLabel("ikke-relevant", lang)}`),
  ];
}

export interface TaskCount {
  theme: ThemeId;
  /** The Fase label to match, or every phase when omitted. */
  phaseLabel?: string;
  status?: StatusId;
  overdue?: boolean;
}

/** COUNTIFS over one theme's task table, e.g. tasks of Fase 1 in PRJ that are Fuldført. */
export function countTasksFormula({ theme, phaseLabel, status, overdue }: TaskCount, lang: Lang): string {
  const criteria: string[] = [];
  if (phaseLabel !== undefined) criteria.push(taskColumnRef(theme, "phase", lang), excelText(phaseLabel));
  if (status) criteria.push(...statusCriteria(theme, status, lang));
  if (overdue) criteria.push(...overdueCriteria(theme, lang));
  if (criteria.length === 0) criteria.push(taskColumnRef(theme, "id", lang), `"<>"`);
  return `COUNTIFS(${criteria.join(",")})`;
}

/** A column of the task with this ID, looked up in its theme's table; "" when the ID is gone. */
export function lookupTaskFormula(theme: ThemeId, idCell: string, key: TaskColumnKey, lang: Lang): string {
  return `INDEX(${taskColumnRef(theme, key, lang)},MATCH(${idCell},${taskColumnRef(theme, "id", lang)},0))`;
}
