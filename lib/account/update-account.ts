// Saves the account's settings (name, time zone, SPEC §6 plan tier, the mail-loop cap, the Transactional email add-on): version check and History.
// What depends on the time zone joins the same transaction through `alsoInTransaction` (the
// business-hours clocks re-timed: lib/sla/save-account.ts, the one caller; it sits above this folder).
import "server-only";
import { db } from "@/lib/db";
import { AppError, staleVersionError } from "@/lib/errors";
import { diffFields, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import type { Tx } from "@/lib/db/tx";
import type { TAccountSettings } from "./schemas";

export const ACCOUNT_SCOPE = "account";
const FIELDS = ["name", "timeZone", "planTier", "automatedEmailsPerContactHour", "transactionalEmailAddon"] as const;

export async function updateAccount(
  actor: ChangeActor,
  input: TAccountSettings,
  alsoInTransaction?: (tx: Tx, change: { timeZoneChanged: boolean }) => Promise<unknown>,
): Promise<{ version: number }> {
  return db.$transaction(
    async (tx) => {
      const account = await tx.account.findFirst({
        select: {
          id: true,
          version: true,
          name: true,
          timeZone: true,
          planTier: true,
          automatedEmailsPerContactHour: true,
          transactionalEmailAddon: true,
        },
      });
      if (!account) throw new AppError("NOT_FOUND", "The account is not set up yet.");
      if (account.version !== input.expectedVersion) throw staleVersionError();
      const data = {
        name: input.name,
        timeZone: input.timeZone,
        planTier: input.planTier,
        automatedEmailsPerContactHour: input.automatedEmailsPerContactHour ?? account.automatedEmailsPerContactHour,
        transactionalEmailAddon: input.transactionalEmailAddon ?? account.transactionalEmailAddon,
      };
      const { count } = await tx.account.updateMany({
        where: { id: account.id, version: input.expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw staleVersionError();
      await recordChanges(tx, actor, {
        scope: ACCOUNT_SCOPE,
        entityType: "account",
        entityId: account.id,
        changes: diffFields(account, data, FIELDS),
      });
      await alsoInTransaction?.(tx, { timeZoneChanged: account.timeZone !== data.timeZone });
      return { version: input.expectedVersion + 1 };
    },
    // Re-timing every running clock of a large help desk (as a business-hours save does) takes longer than the default.
    { timeout: 120_000 },
  );
}
