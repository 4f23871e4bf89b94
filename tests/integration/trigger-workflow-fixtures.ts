// Custom workflows enrolled by an event trigger (ticket created, email sent from the ticket
// record, customer reply), each with one "send internal email" action to the agent whose
// subject is the workflow's own name, so its email is found in the Outbox.
import { db } from "@/lib/db";
import type { EnrollmentFilterGroup, EventTrigger } from "@/lib/automation";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { seededPipeline, unique } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

const created: string[] = [];

interface TriggerWorkflowData {
  pipeline?: "Support Pipeline" | "Billing & Refunds";
  enabled?: boolean;
  reenrollment?: boolean;
  /** Left out: the default ("Source is none of Chat, Facebook Messenger"). */
  enrollmentFilterGroups?: EnrollmentFilterGroup[];
}

export async function aTriggerWorkflow(trigger: EventTrigger, data: TriggerWorkflowData = {}) {
  const pipeline = await seededPipeline(data.pipeline);
  const name = unique(trigger);
  const notify: TAction = {
    type: "send_internal_email",
    to: { userIds: [await userIdOf("AGENT")], teamIds: [], owner: false },
    subject: name,
    body: "{{ticket.subject}}",
  };
  const workflow = await db.workflow.create({
    data: {
      id: newId(),
      name,
      kind: "CUSTOM",
      trigger,
      pipelineId: pipeline.id,
      enabled: data.enabled ?? true,
      reenrollment: data.reenrollment ?? true,
      ...(data.enrollmentFilterGroups ? { enrollmentFilterGroups: data.enrollmentFilterGroups } : {}),
      actions: { create: { id: newId(), position: 0, ...toStoredAction(notify) } },
    },
  });
  created.push(workflow.id);
  return { id: workflow.id, name };
}

/** Each test's workflows go with it, so they enrol no ticket of the next test. */
export async function removeTriggerWorkflows() {
  await db.workflow.deleteMany({ where: { id: { in: created.splice(0) } } });
}

export function enrollmentsOf(ticketId: string) {
  return db.workflowEnrollment.findMany({ where: { ticketId }, select: { workflowId: true, state: true } });
}

/** The enrolment's line on the timeline: rule, event, summary. */
export function enrolledEntry(ticketId: string, workflowId: string) {
  return db.timelineEntry.findFirst({
    where: { ticketId, kind: "workflow_enrolled", detail: { path: ["workflowId"], equals: workflowId } },
  });
}

/** Internal emails (to the agent) of one workflow: its subject is its name. */
export function notificationsOf(workflowName: string) {
  return db.outboxEmail.findMany({ where: { subject: workflowName }, select: { toEmail: true, ticketId: true } });
}
