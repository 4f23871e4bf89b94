// The transactional choice needs the account's "Transactional email" add-on (SPEC §5): without it
// a new or duplicated custom email is marketing. An email that is already transactional may keep
// that (the sender then treats it as marketing while the add-on is off, send-email/run.ts).
import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/tx";

export const ADDON_REQUIRED_MESSAGE =
  "Transactional emails need the Transactional email add-on (Settings > Account defaults). Without it the email is marketing: it only goes to marketing contacts.";

export async function hasTransactionalAddon(tx: Pick<Tx, "account">): Promise<boolean> {
  return (await tx.account.findFirst({ select: { transactionalEmailAddon: true } }))?.transactionalEmailAddon ?? false;
}

/** Refuses choosing "transactional" without the add-on, beside the field. */
export async function assertTransactionalAllowed(
  tx: Pick<Tx, "account">,
  wanted: boolean,
  already = false,
): Promise<void> {
  if (!wanted || already || (await hasTransactionalAddon(tx))) return;
  throw new AppError("PLAN_REQUIRED", ADDON_REQUIRED_MESSAGE, [
    { path: ["transactional"], message: ADDON_REQUIRED_MESSAGE, code: "addon_required" },
  ]);
}
