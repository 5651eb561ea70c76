/** The phase windows the form's go-live and phase starts give, for showing beside the form. */
import { isUserError } from "../../model/errors";
import type { Offset, PhaseId, Text } from "../../model/types";
import { DEFAULT_VARIANT } from "../../model/variant";
import { phaseWindows, type PhaseWindow } from "../../plan/phases";
import { goLiveOf, offsetOf, type PlanForm } from "./formState";

export interface Preview {
  windows?: PhaseWindow[];
  /** Why there are no windows: phases out of order for this go-live. */
  problem?: Text;
}

/** Windows for the form as it stands; phases whose amount is being typed count at the model's default. */
export function previewWindows(form: PlanForm): Preview {
  const goLive = goLiveOf(form);
  if (!goLive) return {};
  const phaseStarts: Partial<Record<PhaseId, Offset>> = {};
  for (const [phase, entry] of Object.entries(form.phases) as [PhaseId, PlanForm["phases"][PhaseId]][]) {
    const offset = entry.custom ? offsetOf(entry) : undefined;
    if (offset) phaseStarts[phase] = offset;
  }
  try {
    return { windows: phaseWindows(goLive, { ...DEFAULT_VARIANT, phaseStarts }) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { problem: error.text };
  }
}
