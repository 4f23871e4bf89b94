// SPEC §9: when the business hours change, every pending timer counted in them is due at a new
// instant. Recomputed from each timer's start and wait with the new calendar, in the saving
// transaction (a timer that would now never come due is cancelled).
import "server-only";
import type { Tx } from "@/lib/db/tx";
import { TIME_TRIGGER_JOB } from "@/lib/jobs/time-trigger-payload";
import { addBusinessTime } from "./add-business-time";
import type { BusinessHours } from "./week";

const CHUNK = 5_000;

export async function rescheduleBusinessHoursTimers(tx: Tx, hours: BusinessHours, now: Date): Promise<number> {
  const timers = await tx.$queryRaw<{ id: string; startedAt: string; afterMs: number }[]>`
    SELECT id, payload->>'startedAt' AS "startedAt", (payload->>'afterMs')::float8 AS "afterMs"
    FROM "Job"
    WHERE type = ${TIME_TRIGGER_JOB} AND state = 'PENDING' AND (payload->>'businessHours')::boolean
      AND payload->>'afterMs' IS NOT NULL`;
  for (let i = 0; i < timers.length; i += CHUNK) {
    const rows = timers.slice(i, i + CHUNK).map((t) => {
      const due = addBusinessTime(new Date(t.startedAt), t.afterMs, hours);
      return { id: t.id, runAt: due?.toISOString() ?? null };
    });
    await tx.$executeRaw`
      UPDATE "Job" j SET
        "runAt" = COALESCE(x."runAt" AT TIME ZONE 'UTC', j."runAt"),
        state = CASE WHEN x."runAt" IS NULL THEN 'CANCELLED'::"JobState" ELSE j.state END,
        "lastError" = CASE WHEN x."runAt" IS NULL THEN 'the business hours never open' ELSE j."lastError" END,
        "updatedAt" = ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id text, "runAt" timestamptz)
      WHERE j.id = x.id AND j.state = 'PENDING'`;
  }
  return timers.length;
}
