// History rows of Settings > Automated emails (SPEC §7): every create, edit, duplicate and delete,
// written in the transaction that makes the change.
import "server-only";
import { recordChanges, type ChangeActor, type FieldChange } from "@/lib/history/record-change";
import type { Tx } from "@/lib/db/tx";

export const EMAILS_SCOPE = "automated-emails";
export const EMAIL_ENTITY = "email_template";

export function recordEmailChanges(
  tx: Pick<Tx, "settingsChange">,
  actor: ChangeActor,
  templateId: string,
  changes: FieldChange[],
): Promise<number> {
  return recordChanges(tx, actor, { scope: EMAILS_SCOPE, entityType: EMAIL_ENTITY, entityId: templateId, changes });
}
