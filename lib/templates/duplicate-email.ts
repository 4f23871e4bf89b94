// "Duplicate" on an automated email (SPEC §5): a custom copy named "<name> (copy)". A copy is
// transactional only if its original is and the account has the Transactional email add-on.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { copyName } from "./email-name";
import { recordEmailChanges } from "./email-history";
import { hasTransactionalAddon } from "./transactional-addon";
import type { TEmailRef } from "./schemas";
import { newId } from "@/lib/db/ids";

export async function duplicateEmail(
  { templateId }: TEmailRef,
  actor: ChangeActor,
): Promise<{ id: string; name: string; transactional: boolean }> {
  return db.$transaction(async (tx) => {
    const original = await tx.emailTemplate.findUnique({
      where: { id: templateId },
      select: { name: true, subject: true, body: true, transactional: true },
    });
    if (!original) throw new AppError("NOT_FOUND", "This email no longer exists — reload to see the latest.");
    const name = await copyName(tx, original.name);
    const transactional = original.transactional && (await hasTransactionalAddon(tx));
    const copy = await tx.emailTemplate.create({
      data: {
        id: newId(),
        name,
        subject: original.subject,
        body: original.body,
        transactional,
        key: null,
        builtIn: false,
      },
      select: { id: true },
    });
    await recordEmailChanges(tx, actor, copy.id, [
      { field: "duplicated", before: original.name, after: name },
      { field: "transactional", before: null, after: transactional },
    ]);
    return { id: copy.id, name, transactional };
  });
}
