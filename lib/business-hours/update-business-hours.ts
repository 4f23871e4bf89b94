// Saves the account's business hours (SPEC §9) in one transaction: the calendar, the account's
// time zone (the same zone every time is shown in), and a History row per changed field. What
// depends on the calendar joins the same transaction through `alsoInTransaction` (the SLA clocks
// re-timed: lib/sla/save-business-hours.ts, the one caller; it sits above this folder).
import "server-only";
import { db } from "@/lib/db";
import { staleVersionError } from "@/lib/errors";
import { ACCOUNT_SCOPE } from "@/lib/account/update-account";
import { recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { readBusinessHours, type StoredBusinessHours } from "./queries";
import { rescheduleBusinessHoursTimers } from "./reschedule-timers";
import type { TBusinessHours } from "./schemas";
import type { Tx } from "@/lib/db/tx";
import type { BusinessHours } from "./week";

/** `expectedVersion`: the form's stale check; the API's PUT replaces whatever is there (409 only when another save lands in between). */
export async function updateBusinessHours(
  actor: ChangeActor,
  input: TBusinessHours,
  expectedVersion?: number,
  alsoInTransaction?: (tx: Tx, hours: BusinessHours) => Promise<unknown>,
): Promise<StoredBusinessHours> {
  return db.$transaction(
    async (tx) => {
      const before = await readBusinessHours(tx);
      if (expectedVersion !== undefined && expectedVersion !== before.version) throw staleVersionError();
      const version = before.version + 1;
      const data = { week: input.week, holidays: input.holidays };
      // Guarded on the version read, so two saves at once cannot both record their "before".
      if (before.version === 0) await tx.businessHours.create({ data: { id: "account", ...data, version } });
      else {
        const { count } = await tx.businessHours.updateMany({
          where: { id: "account", version: before.version },
          data: { ...data, version },
        });
        if (count === 0) throw staleVersionError();
      }
      if (input.timeZone !== before.timeZone) {
        // The account form holds the account's version: a zone changed here makes its copy stale.
        await tx.account.updateMany({ data: { timeZone: input.timeZone, version: { increment: 1 } } });
      }
      await recordChanges(tx, actor, {
        scope: ACCOUNT_SCOPE,
        entityType: "businessHours",
        entityId: "account",
        changes: [
          { field: "timeZone", before: before.timeZone, after: input.timeZone },
          { field: "week", before: before.week, after: input.week },
          { field: "holidays", before: before.holidays, after: input.holidays },
        ],
      });
      // The SLA clocks first (lib/sla): the SLA timers are scheduled from their due columns.
      await alsoInTransaction?.(tx, input);
      // Timers counted in business hours (SPEC §9) come due by the new calendar.
      await rescheduleBusinessHoursTimers(tx, input, new Date());
      return { ...input, version };
    },
    { timeout: 120_000 },
  );
}
