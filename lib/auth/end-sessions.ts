// Ends every session a user signed in before now: their tokens carry the old session version,
// which lib/auth/current-user.ts refuses on the next request. Pass the transaction of the change
// that causes it (password, deactivation, role) so both happen or neither does.
import "server-only";
import type { Tx } from "@/lib/db/tx";
import { db } from "@/lib/db";

export async function endSessions(userId: string, tx: Tx = db): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
