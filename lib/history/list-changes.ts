// The History drawer's rows (SPEC §7): the latest setting changes in one scope, newest first.
import "server-only";
import { db } from "@/lib/db";

export function listChanges(scope: string, take = 100) {
  return db.settingsChange.findMany({
    where: { scope },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      actorName: true,
      entityType: true,
      entityId: true,
      field: true,
      before: true,
      after: true,
      createdAt: true,
    },
  });
}
export type SettingsChangeRow = Awaited<ReturnType<typeof listChanges>>[number];
