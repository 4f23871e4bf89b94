// The History drawer's rows (SPEC §7): the latest setting changes in one scope, newest first.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { historyValueFor } from "@/lib/webhooks/visibility";

/** As `viewer` may read them: an agent's rows have no webhook URLs (lib/webhooks/visibility.ts). */
export async function listChanges(scope: string, viewer: Actor, take = 100) {
  const rows = await db.settingsChange.findMany({
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
  return rows.map((row) => ({
    ...row,
    before: historyValueFor(viewer, row.before) as typeof row.before,
    after: historyValueFor(viewer, row.after) as typeof row.after,
  }));
}
export type SettingsChangeRow = Awaited<ReturnType<typeof listChanges>>[number];
