// kill -9 with timers due during the downtime (issue 17 item 5, SPEC §9): tickets created over the
// events endpoint start "in status for 1 minute" timers (job rows); the server is killed, their
// due times pass while it is down (the rows are aged rather than the test sleeping), and the
// restarted worker fires each once — killed again in the middle of that burst and restarted, it
// still enrols every ticket exactly once and sends each workflow email once. Same child server
// and harness as reliability-kill-restart.test.ts, on PGlite or PostgreSQL (DATABASE_URL).
import { afterAll, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/open";
import { newId } from "@/lib/db/ids";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import {
  eventsFor,
  killHard,
  openTarget,
  post,
  prepareDatabase,
  scratchTarget,
  startChild,
  stopChild,
  type JobProgress,
  type KillableServer,
} from "../support/kill-cycle";

// PGlite under load is slow to spawn and drain: fewer tickets there.
const TICKETS = process.env.DATABASE_URL?.startsWith("postgres") ? 40 : 20;
const SUBJECT = "Stuck for a minute";

let server: KillableServer | undefined;
let verify: DbHandle | undefined;
const database = scratchTarget(process.env.DATABASE_URL);
afterAll(async () => {
  if (server) await stopChild(server);
  await verify?.close();
  await (await database).drop();
});

async function withDb<T>(target: string, fn: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = openTarget(target, 1);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** A custom workflow "in the Support inbox's status for 1 minute" that emails the agent. */
async function armTimerWorkflow(target: string): Promise<{ channelId: string; workflowId: string }> {
  return withDb(target, async (handle) => {
    const [row] = await handle.sql.query<{ channelId: string; statusId: string; pipelineId: string; agentId: string }>(`
      SELECT c.id AS "channelId", c."statusId", c."pipelineId",
        (SELECT id FROM "User" WHERE email = 'agent@example.com') AS "agentId"
      FROM "Channel" c WHERE c.name = 'Support inbox'`);
    const workflowId = newId();
    await handle.prisma.workflow.create({
      data: {
        id: workflowId,
        name: "Stuck in the inbox's status",
        kind: "CUSTOM",
        trigger: "STATUS_DURATION",
        pipelineId: row!.pipelineId,
        enrollmentFilterGroups: [],
        timeTrigger: { statusId: row!.statusId, after: "PT1M", businessHours: false },
      },
    });
    const to = { userIds: [row!.agentId], teamIds: [], owner: false };
    await handle.prisma.workflowAction.create({
      data: {
        id: newId(),
        workflowId,
        position: 0,
        ...toStoredAction({ type: "send_internal_email", to, subject: SUBJECT, body: "{{ticket.subject}}" }),
      },
    });
    return { channelId: row!.channelId, workflowId };
  });
}

const TIMERS = `SELECT count(*) FILTER (WHERE state IN ('PENDING', 'RUNNING'))::int AS open,
  count(*) FILTER (WHERE state = 'FAILED')::int AS failed,
  count(*) FILTER (WHERE state = 'SUCCEEDED')::int AS started FROM "Job" WHERE type = 'time_trigger'`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every job (timers, the workflows they start, their emails) done, or a failure. */
async function waitForJobs(): Promise<JobProgress> {
  for (;;) {
    const jobs = (await (await fetch(`${server!.url}/open-jobs`, { method: "POST" })).json()) as JobProgress;
    if (jobs.open === 0 || jobs.failed > 0) return jobs;
    await pause(200);
  }
}

it("fires each timer that came due while the server was down once, across a second kill -9 while it works through the burst", async () => {
  const { target } = await database;
  await prepareDatabase(target);
  const { channelId, workflowId } = await armTimerWorkflow(target);
  server = await startChild(target);
  for (const event of eventsFor(channelId, TICKETS, "timers"))
    expect((await post(server.url, event.body)).status).toBe(200);
  await killHard(server);
  server = undefined;

  // Down: the timers' minute passes (their due times move into the past; nothing else changes).
  const pending = await withDb(target, async (handle) => {
    const [timers] = await handle.sql.query<JobProgress>(TIMERS);
    await handle.sql.query(
      `UPDATE "Job" SET "runAt" = "runAt" - interval '2 minutes' WHERE type = 'time_trigger' AND state = 'PENDING'`,
    );
    return timers!;
  });
  expect(pending).toMatchObject({ open: TICKETS, started: 0 });

  // Restarted: the burst starts firing; kill -9 again while it does, then restart for good.
  server = await startChild(target);
  await pause(400); // its worker is working through the burst
  await killHard(server);
  server = await startChild(target);
  expect(await waitForJobs()).toMatchObject({ open: 0, failed: 0 });
  await stopChild(server);
  server = undefined;

  verify = openTarget(target);
  const perTicket = await verify.sql.query<{
    enrollments: number;
    occurrences: number;
    emails: number;
    enrolledLines: number;
  }>(
    `SELECT
         (SELECT count(*) FROM "WorkflowEnrollment" e WHERE e."ticketId" = t.id AND e."workflowId" = $1)::int AS enrollments,
         (SELECT count(DISTINCT e."occurrenceKey") FROM "WorkflowEnrollment" e WHERE e."ticketId" = t.id AND e."workflowId" = $1)::int AS occurrences,
         (SELECT count(*) FROM "OutboxEmail" o WHERE o."ticketId" = t.id AND o.subject = $2)::int AS emails,
         (SELECT count(*) FROM "TimelineEntry" x WHERE x."ticketId" = t.id AND x.kind = 'workflow_enrolled'
            AND x."ruleName" = 'status_duration_trigger')::int AS "enrolledLines"
       FROM "Ticket" t JOIN "Thread" th ON th.id = t."originThreadId"
       WHERE t."channelId" = $3 AND th."threadKey" LIKE 'thread-kill-timers-%'`,
    [workflowId, SUBJECT, channelId],
  );
  expect(perTicket).toHaveLength(TICKETS);
  expect(
    perTicket.filter((t) => t.enrollments !== 1 || t.occurrences !== 1 || t.emails !== 1 || t.enrolledLines !== 1),
  ).toEqual([]);
  const [timers] = await verify.sql.query<JobProgress>(TIMERS);
  expect(timers).toMatchObject({ open: 0, failed: 0, started: TICKETS });
}, 480_000);
