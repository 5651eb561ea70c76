/**
 * The inverse of parseVariant: a parsed Variant back in the file form people write, so a workbook
 * can carry the variant it was made from and `update` can read it again with the same checks.
 */
import type { DateSpec, Offset, Variant } from "./types";

type OffsetJson = Partial<Record<Offset["unit"], number>>;
type DateSpecJson = OffsetJson | { date: string };

function offsetJson(offset: Offset): OffsetJson {
  return { [offset.unit]: offset.amount };
}

function dateSpecJson(spec: DateSpec): DateSpecJson {
  return spec.kind === "fixed" ? { date: spec.date } : offsetJson(spec.offset);
}

/** Parsed variant → the JSON object of a variant file (only what differs from the defaults' shape). */
export function serializeVariant(variant: Variant): Record<string, unknown> {
  const tasks = Object.fromEntries(
    Object.entries(variant.tasks).map(([id, override]) => [
      id,
      {
        ...(override.phase ? { phase: override.phase } : {}),
        ...(override.start ? { start: dateSpecJson(override.start) } : {}),
        ...(override.deadline ? { deadline: dateSpecJson(override.deadline) } : {}),
      },
    ]),
  );
  return {
    name: variant.name,
    phaseStarts: Object.fromEntries(Object.entries(variant.phaseStarts).map(([phase, offset]) => [phase, offsetJson(offset as Offset)])),
    phase4Length: offsetJson(variant.phase4Length),
    workdaysOnly: variant.workdaysOnly,
    tasks,
    removedTasks: [...variant.removedTasks],
    localTasks: variant.localTasks.map((task) => ({
      id: task.id,
      theme: task.theme,
      title: task.title,
      phase: task.phase,
      ...(task.start ? { start: dateSpecJson(task.start) } : {}),
      ...(task.deadline ? { deadline: dateSpecJson(task.deadline) } : {}),
    })),
    deviations: variant.deviations.map((d) => ({ ...d })),
  };
}
