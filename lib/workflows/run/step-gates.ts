// Before an action runs: should the enrolment go on at all (the workflow was turned off, the
// ticket left the status of a workflow that unenrols on leave), and may this action run (the
// account's plan includes it, its stored configuration is valid)? Pure.
import { planAllows, planLockMessage } from "@/lib/account/plan";
import { actionFeature, ZAction, type TAction } from "@/lib/workflows/action-types/registry";
import type { StepState } from "./load-step";

export function unenrollReason(state: StepState): string | null {
  const { workflow, ticket } = state;
  if (!workflow.enabled) return `Unenrolled: workflow "${workflow.name}" was turned off.`;
  if (workflow.unenrollOnLeave && workflow.statusId !== null && ticket.statusId !== workflow.statusId) {
    return `Unenrolled: the ticket left the status of workflow "${workflow.name}" (now "${ticket.statusLabel}").`;
  }
  return null;
}

export type ActionCheck =
  { ok: true; action: TAction } | { ok: false; reason: string; detail: Record<string, unknown> };

export function checkAction(action: TAction, state: StepState): ActionCheck {
  const feature = actionFeature(action.type);
  if (!planAllows(state.account.planTier, feature)) {
    return {
      ok: false,
      reason: `Skipped: ${planLockMessage(feature)}`,
      detail: { reason: "plan", planTier: state.account.planTier },
    };
  }
  const parsed = ZAction.safeParse(action);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(action)"}: ${i.message}`);
    return {
      ok: false,
      reason: `Skipped: the action's settings are invalid (${issues.join("; ")}).`,
      detail: { reason: "invalid_config", issues },
    };
  }
  return { ok: true, action: parsed.data };
}
