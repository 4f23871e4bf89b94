// One id generator (issue 12): rows written through Prisma (a team), through the engine's raw SQL
// (a new ticket with its contact, thread, timeline and jobs), by the jobs queue's own SQL (a
// job_failed line when a job fails or its lease is reaped) and by the seed all carry ids from
// lib/db/ids.ts — and no table of the database holds an id of another shape.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { ID_PATTERN } from "@/lib/db/ids";
import { claimJobs, enqueueJob, reapExpiredJobs, runDueJobs, type JobHandlers } from "@/lib/jobs";
import { createTeamAction } from "@/lib/teams/actions";
import { createTicketAction } from "@/lib/tickets/actions";
import { pipelineNamed } from "../support/automate";
import { actAs } from "../support/users";

const failing: JobHandlers = {
  broken: {
    execute: async () => {
      throw new Error("always");
    },
  },
};
const retry = { baseMs: 1_000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };

/**
 * Rows whose id is fixed or prefixed by design: the account's singletons ("account"), the one row
 * of the pipelines' configuration version ("all"), webhook secrets' handles.
 */
const SINGLETON_IDS: Record<string, string> = { PipelineConfigVersion: "all" };
const ACCOUNT_SINGLETON = "account";
const WEBHOOK_SECRET = /^whs_(.+)$/;

let ticketId: string;

beforeAll(async () => {
  const support = await pipelineNamed("Support Pipeline");
  await actAs("SUPER_ADMIN");
  const team = await createTeamAction({ name: "Ids team" });
  if (!team.ok) throw new Error(JSON.stringify(team.error));
  const ticket = await createTicketAction({
    pipelineId: support.id,
    statusId: support.status("New"),
    subject: "Ids",
    description: "",
    contactEmail: "ids@customer.example",
    priority: "LOW",
    ownerId: null,
  });
  if (!ticket.ok) throw new Error(JSON.stringify(ticket.error));
  ticketId = ticket.data.id;
});

describe("one id generator", () => {
  it("gives rows created through Prisma and through the engine's raw SQL ids of one shape", async () => {
    const team = await db.team.findFirstOrThrow({ where: { name: "Ids team" } });
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: ticketId },
      include: { timeline: true, threads: true, contact: true },
    });
    const ids = [
      team.id,
      ticket.id,
      ticket.contact!.id,
      ...ticket.timeline.map((e) => e.id),
      ...ticket.threads.map((t) => t.id),
    ];
    expect(ticket.timeline.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it("gives the jobs queue's job_failed lines (a failed job, a reaped lease) ids of the same shape", async () => {
    const sql = dbHandle().sql;
    await db.job.deleteMany(); // the new ticket's own jobs are not this test's
    const failed = await enqueueJob(db, { type: "broken", payload: {}, maxAttempts: 1, ticketId });
    const reaped = await enqueueJob(db, { type: "broken", payload: {}, maxAttempts: 1, ticketId });
    expect(failed.id).toMatch(ID_PATTERN);
    const now = new Date(Date.now() + 10_000);
    await runDueJobs({ handle: dbHandle(), handlers: failing, retry, now, limit: 1 });
    await claimJobs(sql, { workerId: "gone", limit: 1, leaseMs: 1_000, now });
    expect(await reapExpiredJobs(sql, new Date(now.getTime() + 5_000))).toBe(1);

    const lines = await db.timelineEntry.findMany({ where: { ticketId, kind: "job_failed" } });
    expect(lines.map((l) => l.jobId).sort()).toEqual([failed.id, reaped.id].sort());
    for (const line of lines) expect(line.id).toMatch(ID_PATTERN);
  });

  it("leaves no id of another shape in any table (seed, migrations and this file's writes)", async () => {
    const tables = await dbHandle().sql.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'id' ORDER BY table_name`,
    );
    expect(tables.length).toBeGreaterThan(20);
    const strays: string[] = [];
    for (const { table } of tables) {
      const rows = await dbHandle().sql.query<{ id: string }>(`SELECT id::text AS id FROM "${table}"`);
      for (const { id } of rows) {
        const bare = WEBHOOK_SECRET.exec(id)?.[1] ?? id;
        const singleton = id === ACCOUNT_SINGLETON || SINGLETON_IDS[table] === id;
        if (!ID_PATTERN.test(bare) && !singleton) strays.push(`${table}: ${id}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
