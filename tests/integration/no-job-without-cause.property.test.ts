// Property (fast-check, on this file's own database): whatever sequence of board moves (some
// with a stale version), customer replies and sent emails (some delivered twice), and moves
// whose transaction fails after writing, hits a few tickets, every job has its committed cause
// and no job exists for a change that rolled back. Every status of the Support pipeline runs an
// action, so each status entry enrols and queues a start job. The model counts the enrolments
// the committed changes reported; the database must hold exactly those, each with one job.
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import type { Effect } from "@/lib/automation";
import { db, dbHandle } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { prepareTicketChange } from "@/lib/tickets/prepare-ticket-change";
import { commitWriteBatch } from "@/lib/tickets/write-batch";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { aTicket, seededPipeline, unique, type TicketFixture } from "../support/engine-fixtures";
import { emailEvent, postEvent } from "../support/events";
import { userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

const TICKETS = 3;
let tickets: TicketFixture[];
let statuses: string[];
const committedEnrolments = new Map<string, number>(); // ticket → enrolments its committed changes reported

const enrolments = (effects: readonly { type: string }[]) => effects.filter((e) => e.type === "enroll").length;
const record = (ticketId: string, effects: readonly { type: string }[]) =>
  committedEnrolments.set(ticketId, (committedEnrolments.get(ticketId) ?? 0) + enrolments(effects));

beforeAll(async () => {
  const pipeline = await seededPipeline();
  statuses = (
    await db.pipelineStatus.findMany({
      where: { pipelineId: pipeline.id },
      orderBy: { displayOrder: "asc" },
      select: { id: true },
    })
  ).map((s) => s.id);
  const action = toStoredAction({
    type: "send_internal_email",
    to: { userIds: [await userIdOf("AGENT")], teamIds: [], owner: false },
    subject: "Entered",
    body: "b",
  });
  for (const workflow of await db.workflow.findMany({ where: { statusId: { in: statuses } }, select: { id: true } })) {
    await db.workflow.update({ where: { id: workflow.id }, data: { enabled: true } });
    if ((await db.workflowAction.count({ where: { workflowId: workflow.id } })) === 0)
      await db.workflowAction.create({ data: { id: newId(), workflowId: workflow.id, position: 0, ...action } });
  }
  tickets = [];
  for (let i = 0; i < TICKETS; i++) tickets.push(await aTicket("Waiting on contact"));
});

const version = async (id: string) =>
  (await db.ticket.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

type Step =
  | { kind: "move"; ticket: number; status: number; stale: boolean }
  | { kind: "failing_move"; ticket: number; status: number }
  | { kind: "reply" | "email_sent"; ticket: number; twice: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("move" as const),
    ticket: fc.nat(TICKETS - 1),
    status: fc.nat(5),
    stale: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("failing_move" as const), ticket: fc.nat(TICKETS - 1), status: fc.nat(5) }),
  fc.record({
    kind: fc.constantFrom("reply" as const, "email_sent" as const),
    ticket: fc.nat(TICKETS - 1),
    twice: fc.boolean(),
  }),
);

async function apply(step: Step): Promise<void> {
  const ticket = tickets[step.ticket]!;
  if (step.kind === "move" || step.kind === "failing_move") {
    const toStatusId = statuses[step.status % statuses.length]!;
    const current = await version(ticket.id);
    const happening = {
      kind: "status_change" as const,
      toStatusId,
      expectedVersion: step.kind === "move" && step.stale ? current - 1 : current,
      cause: { kind: "user" as const, userId: "property" },
    };
    if (step.kind === "move") {
      const result = await changeTicket(ticket.id, happening).catch(() => null); // stale: refused
      if (result) record(ticket.id, result.effects);
      return;
    }
    // Everything written, then the transaction fails: the enrolment and its job must roll back.
    await expect(
      dbHandle().transaction(async (tx) => {
        const prepared = await prepareTicketChange(tx, ticket.id, [happening], new Date());
        await commitWriteBatch(tx, prepared.batch);
        throw new Error("failed after writing");
      }),
    ).rejects.toThrow("failed after writing");
    return;
  }
  const event =
    step.kind === "reply"
      ? {
          id: unique("evt"),
          type: "message.received",
          occurredAt: new Date().toISOString(),
          data: {
            channelId: "unused",
            threadKey: ticket.threadKey,
            messageId: `<${unique("m")}@c>`,
            from: { email: ticket.contactEmail },
            text: "reply",
          },
        }
      : emailEvent({ contactEmail: ticket.contactEmail, threadKey: ticket.threadKey, ticketId: ticket.id });
  const first = await postEvent(event);
  expect(first.status).toBe(200);
  record(ticket.id, first.body.effects as Effect[]);
  if (step.twice) expect((await postEvent(event)).body).toMatchObject({ duplicate: true, effects: first.body.effects });
}

async function checkInvariants(): Promise<void> {
  const ids = tickets.map((t) => t.id);
  const perTicket = await dbHandle().sql.query<{ ticketId: string; enrolments: number; startJobs: number }>(
    `
    SELECT t.id AS "ticketId",
      (SELECT count(*)::int FROM "WorkflowEnrollment" e WHERE e."ticketId" = t.id) AS enrolments,
      (SELECT count(*)::int FROM "Job" j WHERE j."ticketId" = t.id AND j."dedupeKey" LIKE 'run_workflow_step:%:start') AS "startJobs"
    FROM "Ticket" t WHERE t.id = ANY($1) ORDER BY t.id`,
    [ids],
  );
  const expected = [...ids].sort().map((id) => ({
    ticketId: id,
    enrolments: committedEnrolments.get(id) ?? 0,
    startJobs: committedEnrolments.get(id) ?? 0,
  }));
  expect(perTicket).toEqual(expected);
  const causeless = await dbHandle().sql.query(`
    SELECT 'no enrolment' AS problem, j.id FROM "Job" j
      WHERE j."enrollmentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "WorkflowEnrollment" e WHERE e.id = j."enrollmentId" AND e."ticketId" = j."ticketId")
    UNION ALL SELECT 'enrolment without its job', e.id FROM "WorkflowEnrollment" e
      WHERE NOT EXISTS (SELECT 1 FROM "Job" j WHERE j."enrollmentId" = e.id)
    UNION ALL SELECT 'event not committed', j.id FROM "Job" j
      WHERE j."causeEventId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "IngestedEvent" i WHERE i."eventKey" = j."causeEventId")
    UNION ALL SELECT 'enrolment without a timeline entry', e.id FROM "WorkflowEnrollment" e
      WHERE NOT EXISTS (SELECT 1 FROM "TimelineEntry" te WHERE te."ticketId" = e."ticketId" AND te."createdAt" = e."createdAt")`);
  expect(causeless).toEqual([]);
}

it("no job without its committed cause, none for a rolled-back change", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 8 }), async (steps) => {
      for (const step of steps) await apply(step);
      await checkInvariants();
    }),
    { numRuns: 12 },
  );
  expect([...committedEnrolments.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0); // the property saw enrolments
}, 120_000);
