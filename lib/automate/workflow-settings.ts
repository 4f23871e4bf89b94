// Workflow settings (issue 6 §2, §4): name, description, on/off, the delays' time zone,
// "unenroll when the ticket leaves the status", the trigger, filters and re-enrollment.
import "server-only";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { Prisma } from "@/generated/prisma/client";
import { changeWorkflow } from "@/lib/workflows/editor/change";
import type { EditedWorkflow } from "@/lib/workflows/editor/edited-workflow";
import { assertFilterOwnersExist, saveTriggerEnabled } from "./workflow-settings-checks";
import type { TWorkflowSettings } from "@/lib/workflows/editor/schemas";
import type { Tx } from "@/lib/db/tx";
import { ZIsoDuration } from "@/lib/business-hours/iso-duration";
import { waitToIso } from "@/lib/workflows/time-trigger-schema";
import { resetWorkflowTimers } from "@/lib/workflows/editor/workflow-timers";

const fieldError = (path: string, message: string) => new AppError("BAD_REQUEST", message, [{ path: [path], message }]);

/** The enrolment trigger may change on custom workflows only: the others are what the Automate tab shows. */
async function assertTrigger(tx: Tx, workflow: EditedWorkflow, input: TWorkflowSettings) {
  const current = await tx.workflow.findUniqueOrThrow({
    where: { id: workflow.id },
    select: { trigger: true, statusId: true },
  });
  const same = current.trigger === input.trigger && current.statusId === input.statusId;
  if (!same && workflow.kind !== "CUSTOM")
    throw fieldError("trigger", "This workflow's trigger is set on the Automate tab.");
  if (input.trigger !== "STATUS_ENTERED" && input.trigger !== "STATUS_DURATION") return;
  if (!input.statusId) throw fieldError("statusId", "Choose a status");
  const status = await tx.pipelineStatus.findFirst({
    where: { id: input.statusId, pipelineId: workflow.pipelineId ?? undefined },
    select: { id: true },
  });
  if (!status) throw fieldError("statusId", "Choose a status of this workflow's pipeline");
  // Several "in status for D" workflows may watch one status (after 1 hour, after 1 day…).
  if (input.trigger === "STATUS_DURATION") return;
  const taken = await tx.workflow.findFirst({
    where: { statusId: input.statusId, kind: "CUSTOM", id: { not: workflow.id } },
    select: { id: true },
  });
  if (taken) throw fieldError("statusId", "Another custom workflow already enrolls tickets reaching this status");
}

/** SPEC §9: what Workflow.timeTrigger stores for the chosen trigger (DbNull for the others). */
function timeTriggerOf(input: TWorkflowSettings) {
  if (input.trigger === "STATUS_DURATION") {
    if (!input.wait) throw fieldError("wait", "Say how long the ticket stays in the status");
    const after = waitToIso(input.wait.amount, input.wait.unit);
    const parsed = ZIsoDuration.safeParse(after);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "Use a shorter time";
      throw new AppError("BAD_REQUEST", message, [{ path: ["wait", "amount"], message }]);
    }
    return { statusId: input.statusId, after, businessHours: input.businessHours ?? false };
  }
  if (input.trigger === "SLA_DUE_SOON" || input.trigger === "SLA_OVERDUE") {
    if (!input.slaTarget) throw fieldError("slaTarget", "Choose the SLA target: first reply or time to close");
    return { target: input.slaTarget };
  }
  return Prisma.DbNull;
}

export function updateWorkflowSettings(input: TWorkflowSettings, actor: ChangeActor) {
  return changeWorkflow(input, actor, async (tx, workflow) => {
    await assertTrigger(tx, workflow, input);
    const timeTrigger = timeTriggerOf(input);
    await assertFilterOwnersExist(tx, input.enrollmentFilterGroups);
    await saveTriggerEnabled(tx, actor, workflow, input.enabled);
    await tx.workflow.update({
      where: { id: workflow.id },
      data: {
        name: input.name,
        description: input.description,
        enabled: input.enabled,
        timeZone: input.timeZone || null,
        // Leaving "the status" only means something for a status trigger; event triggers store false.
        unenrollOnLeave: input.trigger === "STATUS_ENTERED" && input.unenrollOnLeave,
        reenrollment: input.reenrollment,
        trigger: input.trigger,
        statusId: input.trigger === "STATUS_ENTERED" ? input.statusId : null,
        enrollmentFilterGroups: input.enrollmentFilterGroups as Prisma.InputJsonArray,
        timeTrigger,
      },
    });
    // Its timers follow the trigger, in this transaction (SPEC §9).
    await resetWorkflowTimers(tx, workflow.id);
    return { workflowId: workflow.id };
  });
}
