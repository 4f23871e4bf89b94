import "server-only";
import { db } from "@/lib/db";

export function getAccountSettings() {
  return db.account.findFirst({ select: { id: true, name: true, timeZone: true, planTier: true, version: true } });
}
export type AccountSettings = NonNullable<Awaited<ReturnType<typeof getAccountSettings>>>;
