/**
 * Overdue: the Deadline has passed and the task is neither Fuldført nor Ikke relevant. The deadline
 * is read from the cell, as the workbook computed it, so it agrees with what the user sees.
 */
import { dateOf, dateText, finding, idOf, statusOf, statusText } from "./cells";
import type { Finding, Rule } from "./types";

/** overdue (warning): skipped when go-live cannot be used, since every deadline hangs on it. */
export const overdueRule: Rule = ({ snapshot, today, goLive, lang }) => {
  if (!goLive) return [];
  return snapshot.tasks.flatMap((row): Finding[] => {
    const cell = row.cells.deadline;
    const deadline = dateOf(cell);
    const status = statusOf(row.cells.status, lang);
    if (!cell || deadline.kind !== "date" || deadline.date >= today) return [];
    if (status === "fuldfoert" || status === "ikke-relevant") return [];
    const id = idOf(row.cells.id);
    const when = dateText(deadline.date);
    const done = statusText("fuldfoert", lang);
    const skip = statusText("ikke-relevant", lang);
    return [
      finding("overdue", "warning", row.sheet, cell.address, {
        da: `${id ?? "Opgaven"} skulle være fuldført senest ${when.da}; fuldfør den og sæt status "${done}", aftal en ny frist, eller sæt "${skip}" med en begrundelse.`,
        en: `${id ?? "The task"} was due by ${when.en}; complete it and set the status "${done}", agree a new deadline, or set "${skip}" with a reason.`,
      }, id),
    ];
  });
};
