import { taskById } from "./lookup";
import { compareOffsets, describeOffset, describeRange, isWithin } from "./offset";
import { PHASES } from "./phases";
import type { DateSpec, Offset, Phase, Variant } from "./types";
import type { VariantProblem } from "./variant-error";

/**
 * The rules a variant must follow beyond its shape: ids must exist, and every departure from the
 * model (a phase start outside its range, a removed task) must be documented as an approved
 * deviation (model.md section 6).
 */

function hasDeviation(variant: Variant, field: string): boolean {
  return variant.deviations.some((deviation) => deviation.field === field);
}

function deviationNeeded(field: string): { da: string; en: string } {
  return {
    da: `tilføj en afvigelse i "deviations" med field "${field}", beskrivelse og godkender.`,
    en: `add a deviation to "deviations" with field "${field}", a description and who approved it.`,
  };
}

function overrideProblems(variant: Variant): VariantProblem[] {
  return Object.keys(variant.tasks).flatMap((id) => {
    const path = `tasks.${id}`;
    if (!taskById(id)) {
      return [
        {
          path,
          da: `Ukendt opgave "${id}"; brug et opgave-id fra modellen, fx "PRJ-01".`,
          en: `Unknown task "${id}"; use a task id from the model, e.g. "PRJ-01".`,
        },
      ];
    }
    if (variant.removedTasks.includes(id)) {
      return [
        {
          path,
          da: `Opgaven "${id}" er fjernet i "removedTasks" og kan ikke også tilpasses.`,
          en: `Task "${id}" is removed in "removedTasks" and cannot also be adjusted.`,
        },
      ];
    }
    return [];
  });
}

function removedProblems(variant: Variant): VariantProblem[] {
  return variant.removedTasks.flatMap((id, index) => {
    const path = `removedTasks[${index}]`;
    if (!taskById(id)) {
      return [
        {
          path,
          da: `Ukendt opgave "${id}"; brug et opgave-id fra modellen, fx "ITM-06".`,
          en: `Unknown task "${id}"; use a task id from the model, e.g. "ITM-06".`,
        },
      ];
    }
    if (variant.removedTasks.indexOf(id) !== index) {
      return [{ path, da: `Opgaven "${id}" er nævnt mere end én gang.`, en: `Task "${id}" is listed more than once.` }];
    }
    if (hasDeviation(variant, `removedTasks.${id}`)) return [];
    const fix = deviationNeeded(`removedTasks.${id}`);
    return [
      {
        path,
        da: `Opgaven "${id}" fjernes fra modellen; ${fix.da}`,
        en: `Task "${id}" is removed from the model; ${fix.en}`,
      },
    ];
  });
}

/** Every local task after the first with an id; a Set, as a variant may hold many thousands. */
function localIdProblems(variant: Variant): VariantProblem[] {
  const seen = new Set<string>();
  return variant.localTasks.flatMap(({ id }, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [
      {
        path: `localTasks[${index}].id`,
        da: `Id'et "${id}" er brugt af en anden lokal opgave.`,
        en: `The id "${id}" is used by another local task.`,
      },
    ];
  });
}

function startOf(variant: Variant, phase: Phase): Offset {
  return variant.phaseStarts[phase.id] ?? phase.start.default;
}

function rangeProblems(variant: Variant): VariantProblem[] {
  return PHASES.flatMap((phase) => {
    const start = variant.phaseStarts[phase.id];
    const field = `phaseStarts.${phase.id}`;
    if (!start || isWithin(start, phase.start.range) || hasDeviation(variant, field)) return [];
    const range = describeRange(phase.start.range);
    const fix = deviationNeeded(field);
    return [
      {
        path: field,
        da: `Fase ${phase.number} starter uden for modellens interval (${range.da}); ${fix.da}`,
        en: `Phase ${phase.number} starts outside the model's range (${range.en}); ${fix.en}`,
      },
    ];
  });
}

/** Each phase must start after the one before it, taking model defaults for starts not given. */
function orderProblems(variant: Variant): VariantProblem[] {
  return PHASES.slice(1).flatMap((phase, index) => {
    const before = PHASES[index];
    const start = startOf(variant, phase);
    const previous = startOf(variant, before);
    if (compareOffsets(start, previous) > 0) return [];
    // Name the start the variant actually set; the later one when both are set.
    const culprit = variant.phaseStarts[phase.id] ? phase : before;
    const [at, prev] = [describeOffset(start), describeOffset(previous)];
    return [
      {
        path: `phaseStarts.${culprit.id}`,
        da: `Fase ${phase.number} (${at.da}) skal starte efter fase ${before.number} (${prev.da}).`,
        en: `Phase ${phase.number} (${at.en}) must start after phase ${before.number} (${prev.en}).`,
      },
    ];
  });
}

/** True when `start` is after `deadline`; false when they cannot be compared (offset vs date). */
function startAfterDeadline(start?: DateSpec, deadline?: DateSpec): boolean {
  if (start?.kind === "offset" && deadline?.kind === "offset") return compareOffsets(start.offset, deadline.offset) > 0;
  if (start?.kind === "fixed" && deadline?.kind === "fixed") return start.date > deadline.date;
  return false;
}

function dateOrderProblems(variant: Variant): VariantProblem[] {
  const entries = [
    ...Object.entries(variant.tasks).map(([id, task]) => ({ path: `tasks.${id}`, task })),
    ...variant.localTasks.map((task, index) => ({ path: `localTasks[${index}]`, task })),
  ];
  return entries
    .filter(({ task }) => startAfterDeadline(task.start, task.deadline))
    .map(({ path }) => ({
      path: `${path}.deadline`,
      da: 'Fristen ligger før starten; ret "start" eller "deadline".',
      en: 'The deadline is before the start; correct "start" or "deadline".',
    }));
}

/** Every rule problem in the variant, in the order of the file's keys. */
export function variantRuleProblems(variant: Variant): VariantProblem[] {
  return [
    ...rangeProblems(variant),
    ...orderProblems(variant),
    ...overrideProblems(variant),
    ...removedProblems(variant),
    ...localIdProblems(variant),
    ...dateOrderProblems(variant),
  ];
}
