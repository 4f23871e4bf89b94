// Fixtures for the status-action integration tests: a lane of the "Billing & Refunds" pipeline,
// its chain as stored, the history written about it, and the account's plan.
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { PlanTier } from "@/lib/account/plan";
import type { ActionResult } from "@/lib/actions/action-result";

export type BillingStatus = "Received" | "Investigating" | "Refund issued" | "Declined";

export async function lane(label: BillingStatus) {
  const status = await db.pipelineStatus.findFirstOrThrow({
    where: { label, pipeline: { name: "Billing & Refunds" } },
    select: { id: true, pipelineId: true },
  });
  const workflow = await db.workflow.findFirst({
    where: { statusId: status.id, kind: "STATUS_ACTIONS" },
    select: { id: true, version: true },
  });
  return {
    pipelineId: status.pipelineId,
    statusId: status.id,
    workflowId: workflow?.id ?? null,
    version: workflow?.version ?? 0,
  };
}

/** The top-level bubbles as stored, in order. */
export async function chain(workflowId: string) {
  return db.workflowAction.findMany({
    where: { workflowId, parentActionId: null },
    orderBy: { position: "asc" },
    select: { id: true, type: true, config: true, position: true },
  });
}

export function expectContiguous(actions: { position: number }[]) {
  expect(actions.map((a) => a.position)).toEqual(actions.map((_, i) => i));
}

export const historyOf = (entityId: string) =>
  db.settingsChange.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

export async function setPlan(planTier: PlanTier) {
  await db.account.updateMany({ data: { planTier } });
}

export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(
      `expected ok, got ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.issues)}`,
    );
  return result.data;
}

export function expectFailure<T>(result: ActionResult<T>, code: string, status: number) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.error).toMatchObject({ code, status });
  return result.error;
}

export const internalEmail = (subject = "Refund asked: {{ticket.subject}}") => ({
  type: "send_internal_email" as const,
  to: { userIds: [], teamIds: [], owner: true },
  subject,
  body: "{{contact.name}} asked about {{ticket.subject}} ({{ticket.priority}}).",
});
export const sendEmail = (template = "ticket_received") => ({ type: "send_email" as const, template });
export const delay = (minutes = 60) => ({ type: "delay" as const, minutes });
