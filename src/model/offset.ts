import type { Offset, OffsetRange, OffsetUnit, Text } from "./types";

/**
 * The average month length. Used only where months must be compared with days or weeks (phase
 * order, mixed-unit ranges): the planner itself adds real calendar months.
 */
export const DAYS_PER_MONTH = 30.44;

export function offset(amount: number, unit: OffsetUnit): Offset {
  return { amount, unit };
}

/** The offset as an approximate number of days (months count as 30.44 days). */
export function approxDays(value: Offset): number {
  if (value.unit === "months") return value.amount * DAYS_PER_MONTH;
  return value.unit === "weeks" ? value.amount * 7 : value.amount;
}

/**
 * Negative when `a` comes before `b`. Like units compare exactly (weeks count as 7 days, months as
 * months), so "-9 months" equals "-9 months" without rounding; mixed units fall back to days.
 */
export function compareOffsets(a: Offset, b: Offset): number {
  if (a.unit === "months" && b.unit === "months") return a.amount - b.amount;
  return approxDays(a) - approxDays(b);
}

export function isWithin(value: Offset, range: OffsetRange): boolean {
  return compareOffsets(value, range.earliest) >= 0 && compareOffsets(value, range.latest) <= 0;
}

const UNIT_TEXT: Record<OffsetUnit, Text> = {
  days: { da: "dage", en: "days" },
  weeks: { da: "uger", en: "weeks" },
  months: { da: "måneder", en: "months" },
};

const SINGULAR_TEXT: Record<OffsetUnit, Text> = {
  days: { da: "dag", en: "day" },
  weeks: { da: "uge", en: "week" },
  months: { da: "måned", en: "month" },
};

function side(amount: number): Text {
  return amount < 0 ? { da: "før", en: "before" } : { da: "efter", en: "after" };
}

/** "6 måneder før go-live" / "6 months before go-live"; zero is "ved go-live" / "at go-live". */
export function describeOffset(value: Offset): Text {
  if (value.amount === 0) return { da: "ved go-live", en: "at go-live" };
  const size = Math.abs(value.amount);
  const unit = size === 1 ? SINGULAR_TEXT[value.unit] : UNIT_TEXT[value.unit];
  const where = side(value.amount);
  return { da: `${size} ${unit.da} ${where.da} go-live`, en: `${size} ${unit.en} ${where.en} go-live` };
}

/** "9-6 måneder før go-live" when both ends share unit and side, else "A til B". */
export function describeRange(range: OffsetRange): Text {
  const { earliest, latest } = range;
  if (compareOffsets(earliest, latest) === 0) return describeOffset(earliest);
  const sameSide = Math.sign(earliest.amount) === Math.sign(latest.amount) && earliest.amount !== 0;
  if (earliest.unit !== latest.unit || !sameSide) {
    const from = describeOffset(earliest);
    const to = describeOffset(latest);
    return { da: `fra ${from.da} til ${to.da}`, en: `from ${from.en} to ${to.en}` };
  }
  const span = `${Math.abs(earliest.amount)}-${Math.abs(latest.amount)}`;
  const unit = UNIT_TEXT[earliest.unit];
  const where = side(earliest.amount);
  return { da: `${span} ${unit.da} ${where.da} go-live`, en: `${span} ${unit.en} ${where.en} go-live` };
}
