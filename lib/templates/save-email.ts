// Settings > Automated emails, "Save email" (SPEC §5): name, subject, body and the transactional
// choice, saved only if nobody changed the email since the editor read it. A built-in keeps its
// name and stays transactional.
import "server-only";
import { db } from "@/lib/db";
import { AppError, staleVersionError, type FieldIssue } from "@/lib/errors";
import { diffFields, type ChangeActor } from "@/lib/history/record-change";
import { assertNameFree } from "./email-name";
import { recordEmailChanges } from "./email-history";
import { assertTransactionalAllowed } from "./transactional-addon";
import type { TSaveEmail } from "./schemas";

const FIELDS = ["name", "subject", "body", "transactional"] as const;

export async function saveEmail(input: TSaveEmail, actor: ChangeActor): Promise<{ id: string; version: number }> {
  const { templateId, expectedVersion, ...after } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.emailTemplate.findUnique({
      where: { id: templateId },
      select: { name: true, subject: true, body: true, transactional: true, builtIn: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This email no longer exists — reload to see the latest.");
    if (before.builtIn) assertBuiltInKept(before, after);
    await assertTransactionalAllowed(tx, after.transactional, before.transactional);
    await assertNameFree(tx, after.name, templateId);
    const { count } = await tx.emailTemplate.updateMany({
      where: { id: templateId, version: expectedVersion },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersionError();
    await recordEmailChanges(tx, actor, templateId, diffFields(before, after, FIELDS));
    return { id: templateId, version: expectedVersion + 1 };
  });
}

function assertBuiltInKept(before: { name: string }, after: { name: string; transactional: boolean }): void {
  const issues: FieldIssue[] = [];
  if (after.name !== before.name) issues.push({ path: ["name"], message: "A built-in email keeps its name." });
  if (!after.transactional)
    issues.push({ path: ["transactional"], message: "A built-in email is always transactional." });
  if (issues.length > 0) throw new AppError("BAD_REQUEST", issues.map((i) => i.message).join(" "), issues);
}
