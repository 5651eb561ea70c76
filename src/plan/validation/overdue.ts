/**
 * Overdue: the Deadline has passed and the task is neither Fuldført nor Ikke relevant. The deadline
 * is read from the cell, as the workbook computed it, so it agrees with what the user sees.
 */
import { dateText, finding, statusText } from "./cells";
import { perTaskRow } from "./rows";
import type { Rule } from "./types";

/** overdue (warning): skipped when go-live cannot be used, since every deadline hangs on it. */
export const overdueRule: Rule = perTaskRow((row, { today, goLive, lang }) => {
  const cell = row.cells.deadline;
  const deadline = row.deadline;
  if (!goLive || !cell || deadline.kind !== "date" || deadline.date >= today) return undefined;
  if (row.status === "fuldfoert" || row.status === "ikke-relevant") return undefined;
  const id = row.id;
  const when = dateText(deadline.date);
  const done = statusText("fuldfoert", lang);
  const skip = statusText("ikke-relevant", lang);
  return finding("overdue", "warning", row.sheet, cell.address, {
    da: `${id ?? "Opgaven"} skulle være fuldført senest ${when.da}; fuldfør den og sæt status "${done}", aftal en ny frist, eller sæt "${skip}" med en begrundelse.`,
    en: `${id ?? "The task"} was due by ${when.en}; complete it and set the status "${done}", agree a new deadline, or set "${skip}" with a reason.`,
  }, id);
});
