// "Edit" then "Save email" on a Send email action (SPEC §5): the template's subject and body,
// saved only if nobody changed it since the editor read it.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diffFields, pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { recordEmailChanges } from "./email-history";
import type { TUpdateTemplate } from "./schemas";

export async function updateEmailTemplate(
  { templateId, expectedVersion, pipelineId, subject, body }: TUpdateTemplate,
  actor: ChangeActor,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.emailTemplate.findUnique({
      where: { id: templateId },
      select: { subject: true, body: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This email no longer exists — reload to see the latest.");
    const { count } = await tx.emailTemplate.updateMany({
      where: { id: templateId, version: expectedVersion },
      data: { subject, body, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "This was changed by someone else — reload to see the latest.");
    const changes = diffFields(before, { subject, body }, ["subject", "body"]);
    // Listed in the pipeline's History (where the edit was made) and in Settings > Automated emails'.
    await recordChanges(tx, actor, {
      scope: pipelineScope(pipelineId),
      entityType: "email_template",
      entityId: templateId,
      changes,
    });
    await recordEmailChanges(tx, actor, templateId, changes);
    return { id: templateId, version: expectedVersion + 1 };
  });
}
