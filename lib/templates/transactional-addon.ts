// The transactional choice needs the account's "Transactional email" add-on (SPEC §5). Without it
// the choice is locked: a new or duplicated custom email is marketing, and an email marked
// transactional while the add-on was on keeps that mark when saved again — but is sent as
// marketing until the add-on is back (send-email/run.ts says so on the timeline).
import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/tx";

export const ADDON_REQUIRED_MESSAGE =
  "Transactional emails need the Transactional email add-on (Settings > Account defaults). Without it the email is marketing: it only goes to marketing contacts.";

export const ADDON_LOCKED_MESSAGE =
  "Without the Transactional email add-on the transactional choice is locked: this email stays marked transactional and is sent as marketing until the add-on is on again.";

export async function hasTransactionalAddon(tx: Pick<Tx, "account">): Promise<boolean> {
  return (await tx.account.findFirst({ select: { transactionalEmailAddon: true } }))?.transactionalEmailAddon ?? false;
}

/** Refuses changing the transactional choice without the add-on (`before`: the stored choice), beside the field. */
export async function assertTransactionalAllowed(
  tx: Pick<Tx, "account">,
  wanted: boolean,
  before = false,
): Promise<void> {
  if (wanted === before || (await hasTransactionalAddon(tx))) return;
  const message = wanted ? ADDON_REQUIRED_MESSAGE : ADDON_LOCKED_MESSAGE;
  throw new AppError("PLAN_REQUIRED", message, [{ path: ["transactional"], message, code: "addon_required" }]);
}
