import "server-only";
import { db } from "@/lib/db";

export function getAccountSettings() {
  return db.account.findFirst({
    select: {
      id: true,
      name: true,
      timeZone: true,
      planTier: true,
      automatedEmailsPerContactHour: true,
      transactionalEmailAddon: true,
      version: true,
    },
  });
}
/** The zone every server-rendered time is shown in (lib/utils/zoned-time.ts). */
export async function getAccountTimeZone(): Promise<string> {
  return (await db.account.findFirst({ select: { timeZone: true } }))?.timeZone ?? "UTC";
}
export type AccountSettings = NonNullable<Awaited<ReturnType<typeof getAccountSettings>>>;
