// The board benchmarks' data (bench/board.ts, bench/board-browser.ts): many tickets in one
// pipeline, written in two statements.
import type { DbHandle } from "@/lib/db/open";

/** `tickets` tickets and a fifth as many contacts in the Support Pipeline: status by g (New, Waiting on contact, Waiting on us:
 *  10 % each; Closed: 70 %); four subjects in turn; contacts named from ten first and ten last names. */
export async function seedBoardTickets(
  handle: DbHandle,
  tickets: number,
): Promise<{ pipelineId: string; statuses: string[] }> {
  const [pipeline] = await handle.sql.query<{ id: string; statuses: string[] }>(`
    SELECT p.id, array_agg(s.id ORDER BY s."displayOrder") AS statuses FROM "Pipeline" p
    JOIN "PipelineStatus" s ON s."pipelineId" = p.id WHERE p.name = 'Support Pipeline' GROUP BY p.id`);
  const { id, statuses } = pipeline!;
  await handle.sql.query(
    `
    INSERT INTO "Contact" (id, email, name)
    SELECT 'bench-c-' || g, 'customer' || g || '@mail' || (g % 50) || '.example',
      (ARRAY['Ana','Ben','Chidi','Dana','Emil','Fatima','Goran','Hana','Ivo','Jun'])[1 + g % 10] || ' ' ||
      (ARRAY['Smith','Okafor','Novak','Tanaka','Silva','Müller','Haddad','Kowalski','Nguyen','Berg'])[1 + (g / 10) % 10]
    FROM generate_series(1, $1::int) g`,
    [tickets / 5],
  );
  await handle.sql.query(
    `
    WITH owners AS (SELECT array_agg(id) AS ids FROM "User")
    INSERT INTO "Ticket" (id, subject, "pipelineId", "statusId", priority, source, "ownerId", "contactId",
      "createdAt", "updatedAt", "lastStatusChangeAt", "closeDate")
    SELECT 'bench-' || g, 'Bench ' || (ARRAY['printer jam','login fails','refund please','wrong invoice'])[1 + g % 4] || ' #' || g,
      $1, ($2::text[])[CASE WHEN g % 10 < 3 THEN 1 + g % 10 ELSE 4 END],
      (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + (g / 7) % 4]::"Priority", 'EMAIL',
      CASE WHEN g % 5 = 0 THEN NULL ELSE owners.ids[1 + g % array_length(owners.ids, 1)] END,
      'bench-c-' || (1 + g % $4::int),
      now() - (g || ' minutes')::interval, now(), now(), CASE WHEN g % 10 >= 3 THEN current_date END
    FROM generate_series(1, $3::int) g, owners`,
    [id, statuses, tickets, tickets / 5],
  );
  await handle.sql.query(`ANALYZE "Ticket"`);
  await handle.sql.query(`ANALYZE "Contact"`);
  return { pipelineId: id, statuses };
}
