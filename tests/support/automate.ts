// Helpers for the Automate tab's integration tests: the seeded pipelines, the plan, the History.
import { expect } from "vitest";
import { db } from "@/lib/db";

export async function pipelineNamed(name: "Support Pipeline" | "Billing & Refunds") {
  const pipeline = await db.pipeline.findFirstOrThrow({
    where: { name },
    select: { id: true, name: true, statuses: { orderBy: { displayOrder: "asc" }, select: { id: true, label: true } } },
  });
  const status = (label: string) => pipeline.statuses.find((s) => s.label === label)!.id;
  return { ...pipeline, status };
}

export async function automationVersion(pipelineId: string): Promise<number> {
  const row = await db.pipelineAutomation.findUnique({ where: { pipelineId }, select: { version: true } });
  return row?.version ?? 0;
}

/** Everything a refused call must leave as it was. */
export async function automationSnapshot() {
  const [automation, workflows, actions, changes, channels, account] = await Promise.all([
    db.pipelineAutomation.findMany({ orderBy: { pipelineId: "asc" } }),
    db.workflow.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, enabled: true } }),
    db.workflowAction.findMany({ orderBy: { id: "asc" } }),
    db.settingsChange.count(),
    db.channel.findMany({ orderBy: { id: "asc" } }),
    db.account.findMany(),
  ]);
  return { automation, workflows, actions, changes, channels, account };
}

export const forbidden = {
  ok: false,
  error: { status: 403, code: "FORBIDDEN", message: expect.any(String), issues: [] },
};

const TRIGGER_KIND = {
  emailSentTrigger: "EMAIL_SENT_TRIGGER",
  customerReplyTrigger: "CUSTOMER_REPLY_TRIGGER",
} as const;

/** Sets email triggers on or off straight in the database: the switch is the trigger workflow's `enabled`. */
export async function setTriggerSwitches(
  pipelineId: string,
  switches: Partial<Record<keyof typeof TRIGGER_KIND, boolean>>,
): Promise<void> {
  for (const [key, enabled] of Object.entries(switches) as [keyof typeof TRIGGER_KIND, boolean][]) {
    const { count } = await db.workflow.updateMany({
      where: { pipelineId, kind: TRIGGER_KIND[key] },
      data: { enabled },
    });
    expect(count).toBe(1);
  }
}
