/**
 * Freeze `value` and everything reachable from it. The model is shared by every workbook a process
 * builds, so an accidental in-place edit (a sort, a push) must fail loudly instead of leaking into
 * the next plan. The type stays mutable so that the data satisfy the plain interfaces of types.ts.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
