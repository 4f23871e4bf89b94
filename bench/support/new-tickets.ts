// Tickets for the automation latency benches (bench/automation-latency.ts,
// bench/latency-under-load.ts): each will be moved to Closed once, which sends the contact an email.
import type { DbHandle } from "@/lib/db/open";

/** `count` tickets in "New" with a contact and an owner, written in one statement. */
export async function newSupportTickets(handle: DbHandle, count: number): Promise<string[]> {
  const rows = await handle.sql.query<{ id: string }>(
    `
    WITH pipeline AS (
      SELECT p.id, (SELECT s.id FROM "PipelineStatus" s WHERE s."pipelineId" = p.id AND s.label = 'New') AS "statusId"
      FROM "Pipeline" p WHERE p.name = 'Support Pipeline'
    ), contacts AS (
      INSERT INTO "Contact" (id, email, name)
      SELECT 'bench-c-' || n, 'bench-' || n || '@customer.example', 'Bench Contact ' || n FROM generate_series(1, $1::int) n
      RETURNING id
    )
    INSERT INTO "Ticket" (id, subject, "pipelineId", "statusId", source, "ownerId", "contactId", "updatedAt")
    SELECT 'bench-t-' || n, 'Bench ticket ' || n, pipeline.id, pipeline."statusId", 'EMAIL',
      (SELECT id FROM "User" WHERE email = 'agent@example.com'), 'bench-c-' || n, now()
    FROM generate_series(1, $1::int) n, pipeline
    RETURNING id`,
    [count],
  );
  return rows.map((r) => r.id).sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
}
