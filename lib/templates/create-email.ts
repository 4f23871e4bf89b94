// Settings > Automated emails, "Create email" (SPEC §5): a custom automated email.
import "server-only";
import { db } from "@/lib/db";
import type { ChangeActor } from "@/lib/history/record-change";
import { assertNameFree } from "./email-name";
import { recordEmailChanges } from "./email-history";
import { assertTransactionalAllowed } from "./transactional-addon";
import type { TCreateEmail } from "./schemas";
import { newId } from "@/lib/db/ids";

export async function createEmail(input: TCreateEmail, actor: ChangeActor): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    await assertTransactionalAllowed(tx, input.transactional);
    await assertNameFree(tx, input.name);
    const created = await tx.emailTemplate.create({
      data: { id: newId(), ...input, key: null, builtIn: false },
      select: { id: true, version: true },
    });
    await recordEmailChanges(tx, actor, created.id, [
      { field: "created", before: null, after: input.name },
      { field: "subject", before: null, after: input.subject },
      { field: "body", before: null, after: input.body },
      { field: "transactional", before: null, after: input.transactional },
    ]);
    return created;
  });
}
