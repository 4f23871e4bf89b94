// What must hold once a kill -9 run has settled (every event re-sent, the worker drained):
// each event applied once (one IngestedEvent, one message, one ticket), each ticket's chain run
// to the end once (one completed enrolment, each email once), no job open, failed, doubled,
// orphaned or without its committed cause, and no email for anything that was not committed.
import { expect } from "vitest";
import type { DbHandle } from "@/lib/db/open";
import { CHAIN_SUBJECTS } from "./kill-cycle";

export async function expectExactlyOnce(
  db: DbHandle,
  sent: { id: string; messageId: string }[],
  tickets: string[],
  /** Tickets changed otherwise during the run (board moves): their emails are not strays. */
  movedTickets: string[] = [],
): Promise<void> {
  const q = <T>(text: string, params?: unknown[]) => db.sql.query<T>(text, params);
  const perEvent = await q<{ n: number }>(
    `SELECT count(*)::int AS n FROM "IngestedEvent" WHERE "eventKey" = ANY($1) GROUP BY "eventKey"`,
    [sent.map((e) => e.id)],
  );
  expect(perEvent.length).toBe(sent.length);
  expect(perEvent.filter((r) => r.n !== 1)).toEqual([]);
  const perMessage = await q<{ n: number; tickets: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT th."ticketId")::int AS tickets FROM "Message" m JOIN "Thread" th ON th.id = m."threadId"
     WHERE m."messageId" = ANY($1) GROUP BY m."messageId"`,
    [sent.map((e) => e.messageId)],
  );
  expect(perMessage.length).toBe(sent.length);
  expect(perMessage.filter((r) => r.n !== 1 || r.tickets !== 1)).toEqual([]);
  expect(new Set(tickets).size).toBe(sent.length); // one new ticket per new conversation

  const chains = await q<{ ticketId: string; enrolments: number; completed: number; emails: string[] }>(
    `
    SELECT t.id AS "ticketId",
      (SELECT count(*)::int FROM "WorkflowEnrollment" e WHERE e."ticketId" = t.id) AS enrolments,
      (SELECT count(*)::int FROM "WorkflowEnrollment" e WHERE e."ticketId" = t.id AND e.state = 'COMPLETED') AS completed,
      ARRAY(SELECT o.subject FROM "OutboxEmail" o WHERE o."ticketId" = t.id ORDER BY o.subject) AS emails
    FROM "Ticket" t WHERE t.id = ANY($1)`,
    [tickets],
  );
  expect(chains.length).toBe(sent.length);
  // Each email once (the acknowledgement to the contact too), both of the chain's among them.
  const wrong = (c: (typeof chains)[number]) =>
    c.enrolments !== 1 ||
    c.completed !== 1 ||
    new Set(c.emails).size !== c.emails.length ||
    !CHAIN_SUBJECTS.every((subject) => c.emails.includes(subject));
  expect(chains.filter(wrong)).toEqual([]);
  const strays = await q(
    `SELECT id, subject FROM "OutboxEmail" WHERE "ticketId" IS NULL OR NOT ("ticketId" = ANY($1))`,
    [[...tickets, ...movedTickets]],
  );
  expect(strays).toEqual([]); // none for a change that did not commit

  const jobs = await q<{ problem: string; id: string }>(`
    SELECT 'open or failed' AS problem, id FROM "Job" WHERE state NOT IN ('SUCCEEDED')
    UNION ALL SELECT 'orphan', j.id FROM "Job" j LEFT JOIN "Ticket" t ON t.id = j."ticketId" WHERE j."ticketId" IS NOT NULL AND t.id IS NULL
    UNION ALL SELECT 'cause not committed', j.id FROM "Job" j
      WHERE j."causeEventId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "IngestedEvent" i WHERE i."eventKey" = j."causeEventId")
    UNION ALL SELECT 'doubled', min(id) FROM "Job" WHERE "dedupeKey" IS NOT NULL GROUP BY "dedupeKey" HAVING count(*) > 1`);
  expect(jobs).toEqual([]);
}
