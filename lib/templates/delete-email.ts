// "Delete" on a custom automated email (SPEC §5): built-ins can't be deleted, and neither can an
// email that an action sends — the refusal names those actions. The row is locked first, and an
// action that names an email locks it too while it is saved (references.ts), so no action can
// start using an email while it is deleted.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { describeUses, emailUses } from "./email-usage";
import { recordEmailChanges } from "./email-history";
import type { TEmailRef } from "./schemas";

export async function deleteEmail({ templateId }: TEmailRef, actor: ChangeActor): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "EmailTemplate" WHERE id = ${templateId} FOR UPDATE`;
    const email = locked.length
      ? await tx.emailTemplate.findUnique({ where: { id: templateId }, select: { name: true, builtIn: true } })
      : null;
    if (!email) throw new AppError("NOT_FOUND", "This email no longer exists — reload to see the latest.");
    if (email.builtIn) throw new AppError("CONFLICT", `“${email.name}” is a built-in email and can't be deleted.`);
    const uses = (await emailUses(tx, [templateId])).get(templateId) ?? [];
    if (uses.length > 0) {
      throw new AppError(
        "CONFLICT",
        `“${email.name}” can't be deleted: it is sent by ${describeUses(uses)}. Remove it from ${uses.length > 1 ? "those actions" : "that action"} first.`,
      );
    }
    await tx.emailTemplate.delete({ where: { id: templateId } });
    await recordEmailChanges(tx, actor, templateId, [{ field: "deleted", before: email.name, after: null }]);
    return { id: templateId };
  });
}
