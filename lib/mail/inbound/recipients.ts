// RCPT TO → the team inbox (a TEAM_EMAIL channel) with that address, case-insensitively. Two
// inboxes with one address: the oldest receives.
import "server-only";
import { oneRow, sql, type Sql } from "@/lib/db/sql";

export async function teamInboxFor(executor: Sql, address: string): Promise<{ id: string; name: string } | null> {
  const row = await oneRow<{ id: string; name: string }>(
    executor,
    sql`
    SELECT c.id, c.name FROM "Channel" c
    WHERE c.type = 'TEAM_EMAIL' AND lower(trim(c.address)) = ${address.trim().toLowerCase()}
    ORDER BY c."createdAt", c.id
    LIMIT 1`,
  );
  return row ?? null;
}
