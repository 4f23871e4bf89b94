// The events benchmarks' ceiling: node:http and raw pg doing the same writes as the endpoint, in
// one transaction of the product's shape (lib/events/ingest-event.ts). BEGIN; one statement that
// claims the event's idempotency key and, once claimed, locks and reads the event's ticket through
// its thread; one statement with the writes; COMMIT. The writes are the rows an event of the
// bench (event-fixtures.ts) makes in the product: the message; when it moves the ticket (a reply
// to "Waiting on us", an agent's email to "Waiting on contact"), the ticket's new status, its two
// timeline entries (the change and the enrolment), the enrolment, the job that starts the status's
// workflow and the cancel of the status's timers; and the event's stored result. Until 5 Dec it
// wrote only the claim, a ticket bump and a job (the event's transaction as DESIGN.md first
// described it), fewer rows than the endpoint's events wrote (bench/PROFILE.md, 5 Dec).
// What the ceiling leaves out is the product's own logic: the signature, the body's validation,
// the rules' decision and the reads it needs (the loop guard's count, the pipeline's config).
//
// Over raw pg that is four round trips (pg sends one statement at a time); the endpoint sends
// BEGIN with its first statement and COMMIT with its last (lib/db/pg-transaction.ts), two.
// `pipelinedPgTransaction` runs the ceiling that way too, for a comparison of the two
// (bench/cpu-split.ts). The job row is written already finished: no worker has a handler for
// it, and a worker sharing the database (the as-shipped server's, the drain's) would otherwise
// claim and fail each one.
import type pg from "pg";
import { newId } from "@/lib/db/ids";
import type { DbHandle } from "@/lib/db/open";
import { inTransaction } from "@/lib/db/pg-transaction";
import { lastStatementOf, type Sql } from "@/lib/db/sql";
import type { FetchHandler } from "./http-load";

interface BenchEvent {
  id: string;
  type: "message.received" | "email.sent";
  data: { threadKey: string; messageId: string; text: string; from?: { email: string }; contactEmail?: string };
}

/** The two statuses the bench's events move tickets between, and the workflow of each. */
interface Moves {
  waitingOnUs: { statusId: string; workflowId: string };
  waitingOnContact: { statusId: string; workflowId: string };
}

const CLAIM_AND_LOCK = `
  WITH claim AS (
    INSERT INTO "IngestedEvent" (id, "eventKey", type, "occurredAt", "receivedAt", result)
    VALUES ($1, $2, $3, now(), now(), '{}') ON CONFLICT ("eventKey") DO NOTHING RETURNING 1)
  SELECT t.id, t.version, t."statusId", th.id AS "threadId"
  FROM "Thread" th JOIN "Ticket" t ON t.id = th."ticketId"
  WHERE th."threadKey" = $4 AND EXISTS (SELECT 1 FROM claim)
  FOR UPDATE OF t`;

const MESSAGE = `
  INSERT INTO "Message" (id, "threadId", "messageId", direction, "sentFrom", "fromEmail", "toEmail", text,
    "newText", forwarded, "autoReply", bounce, "listMail", "createdAt")
  VALUES ($1, $2, $3, $4::"MessageDirection", $5::"SentFrom", $6, $7, $8, $8, false, false, false, false, now())
  RETURNING 1`;

const RESULT = `UPDATE "IngestedEvent" SET result = $9::jsonb, "ticketId" = $10 WHERE "eventKey" = $11 RETURNING 1`;

/** The message and the result only: the ticket is already where the event would move it. */
const WRITES_WITHOUT_MOVE = `
  WITH message AS (${MESSAGE}), result AS (${RESULT})
  SELECT (SELECT count(*) FROM message) + (SELECT count(*) FROM result) AS n`;

const WRITES_WITH_MOVE = `
  WITH message AS (${MESSAGE}), result AS (${RESULT}),
  ticket AS (
    UPDATE "Ticket" SET "statusId" = $12, "lastStatusChangeAt" = now(), version = version + 1, "updatedAt" = now()
    WHERE id = $10 AND version = $13 RETURNING 1),
  timeline AS (
    INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "ruleName", "eventId", depth, "createdAt")
    VALUES ($14, $10, 'status_changed', 'Status changed by the bench''s trigger', $15::jsonb, 'bench_trigger', $11, 1, now()),
           ($16, $10, 'workflow_enrolled', 'Enrolled in the status''s workflow', '{}'::jsonb, 'status_actions', $11, 1, now())
    RETURNING 1),
  enrollment AS (
    INSERT INTO "WorkflowEnrollment" (id, "workflowId", "ticketId", state, "causeEventId", "createdAt", "updatedAt")
    VALUES ($17, $18, $10, 'ACTIVE', $11, now(), now()) RETURNING 1),
  job AS (
    INSERT INTO "Job" (id, type, payload, state, "dedupeKey", "ticketId", "enrollmentId", "causeEventId", "createdAt", "updatedAt")
    VALUES ($19, 'bench', $20::jsonb, 'SUCCEEDED', $21, $10, $17, $11, now(), now())
    ON CONFLICT ("dedupeKey") DO NOTHING RETURNING 1),
  timer_cancel AS (
    UPDATE "Job" SET state = 'CANCELLED', "updatedAt" = now()
    WHERE "ticketId" = $10 AND type = 'time_trigger' AND state = 'PENDING' AND payload->>'trigger' = 'STATUS_DURATION'
    RETURNING 1)
  SELECT (SELECT count(*) FROM message) + (SELECT count(*) FROM result) + (SELECT count(*) FROM ticket)
    + (SELECT count(*) FROM timeline) + (SELECT count(*) FROM enrollment) + (SELECT count(*) FROM job)
    + (SELECT count(*) FROM timer_cancel) AS n`;

async function movesOf(tx: Sql): Promise<Moves> {
  const rows = await tx.query<{ label: string; statusId: string; workflowId: string }>(
    `SELECT s.label, s.id AS "statusId", w.id AS "workflowId" FROM "PipelineStatus" s
     JOIN "Pipeline" p ON p.id = s."pipelineId" JOIN "Workflow" w ON w."statusId" = s.id
     WHERE p.name = 'Support Pipeline' AND s.label IN ('Waiting on us', 'Waiting on contact')`,
  );
  const of = (label: string) => rows.find((r) => r.label === label)!;
  return { waitingOnUs: of("Waiting on us"), waitingOnContact: of("Waiting on contact") };
}

/** Each event names its ticket by its thread, as the endpoint's do. */
export function ceilingHandler(transaction: DbHandle["transaction"]): FetchHandler {
  let moves: Promise<Moves> | undefined;
  return async (request) => {
    const event = JSON.parse(await request.text()) as BenchEvent;
    moves ??= transaction(movesOf);
    const { waitingOnUs, waitingOnContact } = await moves;
    const received = event.type === "message.received";
    const target = received ? waitingOnUs : waitingOnContact;
    await transaction(async (tx) => {
      const [ticket] = await tx.query<{ id: string; version: number; statusId: string; threadId: string }>(
        CLAIM_AND_LOCK,
        [newId(), event.id, event.type, event.data.threadKey],
      );
      if (!ticket) return;
      const enrollmentId = newId();
      const common = [
        newId(),
        ticket.threadId,
        event.data.messageId,
        received ? "INBOUND" : "OUTBOUND",
        received ? null : "TICKET",
        received ? event.data.from!.email : "agent@example.com",
        received ? null : event.data.contactEmail!,
        event.data.text,
        JSON.stringify({ eventId: event.id, ticketId: ticket.id, effects: [] }),
        ticket.id,
        event.id,
      ];
      const moved = ticket.statusId !== target.statusId;
      await lastStatementOf(tx).query(
        moved ? WRITES_WITH_MOVE : WRITES_WITHOUT_MOVE,
        moved
          ? [
              ...common,
              target.statusId,
              ticket.version,
              newId(),
              JSON.stringify({ from: ticket.statusId, to: target.statusId }),
              newId(),
              enrollmentId,
              target.workflowId,
              newId(),
              JSON.stringify({ enrollmentId, workflowId: target.workflowId, ticketId: ticket.id, actionId: null }),
              `bench:${enrollmentId}:start`,
            ]
          : common,
      );
    });
    return Response.json({ eventId: event.id, duplicate: false });
  };
}

export function rawPgTransaction(pool: pg.Pool): DbHandle["transaction"] {
  return async (fn) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn({
        exec: async (text) => void (await client.query(text)),
        query: async (text, params) => (await client.query(text, params)).rows,
      }).catch(async (error: unknown) => {
        await client.query("ROLLBACK");
        throw error;
      });
      await client.query("COMMIT");
      return result;
    } finally {
      client.release();
    }
  };
}

/** The product's own transaction over pg: BEGIN and COMMIT travel with the two statements. */
export function pipelinedPgTransaction(pool: pg.Pool): DbHandle["transaction"] {
  return (fn) => inTransaction(pool, fn);
}
