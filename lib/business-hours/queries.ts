// Reads the account's business hours (SPEC §9): the calendar row and the account's time zone.
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/tx";
import { defaultBusinessHours, WEEK_DAYS, type BusinessHours, type OpeningRange, type WeekDay } from "./week";

type Reader = Pick<Tx, "account" | "businessHours">;

export type StoredBusinessHours = BusinessHours & { version: number };

export async function readBusinessHours(client: Reader = db): Promise<StoredBusinessHours> {
  // One after the other: the client may be a transaction.
  const account = await client.account.findFirst({ select: { timeZone: true } });
  const row = await client.businessHours.findUnique({
    where: { id: "account" },
    select: { week: true, holidays: true, version: true },
  });
  const timeZone = account?.timeZone ?? "UTC";
  if (!row) return { ...defaultBusinessHours(timeZone), version: 0 };
  return {
    timeZone,
    week: weekInOrder(row.week),
    holidays: row.holidays as unknown as string[],
    version: row.version,
  };
}

/** Monday first, as written (JSONB keeps an object's keys in its own order). Written only through ZBusinessHours. */
export function weekInOrder(stored: unknown): Record<WeekDay, OpeningRange[]> {
  const week = stored as Record<WeekDay, OpeningRange[]>;
  return Object.fromEntries(WEEK_DAYS.map((day) => [day, week[day] ?? []])) as Record<WeekDay, OpeningRange[]>;
}
