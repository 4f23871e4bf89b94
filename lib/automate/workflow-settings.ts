// Workflow settings (issue 6 §2, §4): name, description, on/off, the delays' time zone,
// "unenroll when the ticket leaves the status", the trigger, filters and re-enrollment.
import "server-only";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import type { Prisma } from "@/generated/prisma/client";
import { changeWorkflow } from "@/lib/workflows/editor/change";
import type { EditedWorkflow } from "@/lib/workflows/editor/edited-workflow";
import { assertFilterOwnersExist, saveTriggerEnabled } from "./workflow-settings-checks";
import type { TWorkflowSettings } from "@/lib/workflows/editor/schemas";
import type { Tx } from "@/lib/db/tx";

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
  if (input.trigger !== "STATUS_ENTERED") return;
  if (!input.statusId) throw fieldError("statusId", "Choose a status");
  const status = await tx.pipelineStatus.findFirst({
    where: { id: input.statusId, pipelineId: workflow.pipelineId ?? undefined },
    select: { id: true },
  });
  if (!status) throw fieldError("statusId", "Choose a status of this workflow's pipeline");
  const taken = await tx.workflow.findFirst({
    where: { statusId: input.statusId, kind: "CUSTOM", id: { not: workflow.id } },
    select: { id: true },
  });
  if (taken) throw fieldError("statusId", "Another custom workflow already enrolls tickets reaching this status");
}

export function updateWorkflowSettings(input: TWorkflowSettings, actor: ChangeActor) {
  return changeWorkflow(input, actor, async (tx, workflow) => {
    await assertTrigger(tx, workflow, input);
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
      },
    });
    return { workflowId: workflow.id };
  });
}
