// SPEC §5 and §7 through the one engine: entering a status enrols the ticket and writes its
// job in the same transaction (none when refused or rolled back); chat/Messenger tickets are
// left out by the default filter "Source is none of Chat, Facebook Messenger" unless a group lets them in; the loop guard stops automation and says so.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTER_GROUPS, type Happening } from "@/lib/automation";
import { db, dbHandle } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { prepareTicketChange } from "@/lib/tickets/prepare-ticket-change";
import { commitWriteBatch } from "@/lib/tickets/write-batch";
import {
  aTicket,
  channelNamed,
  jobsOf,
  rowCounts,
  seededPipeline,
  ticketRow,
  timelineOf,
} from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let billing: Awaited<ReturnType<typeof seededPipeline>>;
let userId: string;
let closedWorkflowId: string;
beforeAll(async () => {
  support = await seededPipeline();
  billing = await seededPipeline("Billing & Refunds");
  userId = await userIdOf("AGENT");
  closedWorkflowId = (
    await db.workflow.findFirstOrThrow({ where: { statusId: support.status("Closed"), kind: "STATUS_ACTIONS" } })
  ).id;
});

afterEach(async () => {
  await db.workflow.update({
    where: { id: closedWorkflowId },
    data: { enrollmentFilterGroups: DEFAULT_FILTER_GROUPS as never, reenrollment: true },
  });
});

const move = (toStatusId: string, extra: Partial<Extract<Happening, { kind: "status_change" }>> = {}): Happening => ({
  kind: "status_change",
  toStatusId,
  cause: { kind: "user", userId },
  ...extra,
});

describe("enrolment on entering a status", () => {
  it("enrols the ticket and writes one run_workflow_step job for it", async () => {
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, move(support.status("Closed")));
    const enrollments = await db.workflowEnrollment.findMany({ where: { ticketId: ticket.id } });
    expect(enrollments).toMatchObject([{ workflowId: closedWorkflowId, state: "ACTIVE" }]);
    expect(await jobsOf(ticket.id)).toMatchObject([
      {
        type: "run_workflow_step",
        enrollmentId: enrollments[0]!.id,
        dedupeKey: `run_workflow_step:${enrollments[0]!.id}:start`,
      },
    ]);
  });

  it("enrols nothing for a status without actions", async () => {
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, move(support.status("Waiting on us")));
    expect(await jobsOf(ticket.id)).toEqual([]);
    expect(await db.workflowEnrollment.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("writes nothing when the move is refused (a status of another pipeline: 409)", async () => {
    const ticket = await aTicket("New");
    const before = await rowCounts();
    await expect(changeTicket(ticket.id, move(billing.status("Refund issued")))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await rowCounts()).toEqual(before);
    expect((await ticketRow(ticket.id)).version).toBe(1);
  });

  it("writes nothing when the transaction rolls back after the change was applied", async () => {
    const ticket = await aTicket("New");
    const before = await rowCounts();
    await expect(
      dbHandle().transaction(async (tx) => {
        const prepared = await prepareTicketChange(tx, ticket.id, [move(support.status("Closed"))], new Date());
        await commitWriteBatch(tx, prepared.batch);
        throw new Error("crash after apply, before commit");
      }),
    ).rejects.toThrow(/crash/);
    expect(await rowCounts()).toEqual(before);
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("New"));
  });

  it("refuses with CONFLICT and writes nothing when the guarded update loses a race", async () => {
    const ticket = await aTicket("New");
    const before = await rowCounts();
    await expect(
      dbHandle().transaction(async (tx) => {
        const prepared = await prepareTicketChange(tx, ticket.id, [move(support.status("Closed"))], new Date());
        await tx.query(`UPDATE "Ticket" SET version = version + 1 WHERE id = $1`, [ticket.id]);
        await commitWriteBatch(tx, prepared.batch);
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/expected version 1/) });
    expect(await rowCounts()).toEqual(before);
  });

  it("does not enrol again when re-enrolment is off", async () => {
    await db.workflow.update({ where: { id: closedWorkflowId }, data: { reenrollment: false } });
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, move(support.status("Closed")));
    await changeTicket(ticket.id, move(support.status("New")));
    const again = await changeTicket(ticket.id, move(support.status("Closed")));
    expect(again.effects).toContainEqual(
      expect.objectContaining({ type: "skip_enrollment", reason: "already_enrolled" }),
    );
    expect(await db.workflowEnrollment.count({ where: { ticketId: ticket.id, workflowId: closedWorkflowId } })).toBe(1);
  });
});

describe("chat and Messenger tickets (SPEC §5)", () => {
  it.each(["CHAT", "MESSENGER"] as const)(
    "leaves a %s ticket out through the default filter, and says why on the timeline",
    async (source) => {
      const ticket = await aTicket("New", { source });
      await changeTicket(ticket.id, move(support.status("Closed")));
      expect(await jobsOf(ticket.id)).toEqual([]);
      expect((await timelineOf(ticket.id)).find((e) => e.kind === "workflow_skipped")?.summary).toMatch(
        /matches none of the workflow's enrollment filter groups/,
      );
    },
  );

  it("enrols a chat ticket when a filter group 'Source is Chat' is added to the default one", async () => {
    await db.workflow.update({
      where: { id: closedWorkflowId },
      data: {
        enrollmentFilterGroups: [
          ...DEFAULT_FILTER_GROUPS,
          [{ property: "source", operator: "is", value: "CHAT" }],
        ] as never,
      },
    });
    const ticket = await aTicket("New", { source: "CHAT" });
    await changeTicket(ticket.id, move(support.status("Closed")));
    expect(await jobsOf(ticket.id)).toHaveLength(1);
  });

  it("does not enrol a chat ticket created from the website chat (the New status's 'Ticket received')", async () => {
    const chat = await channelNamed("Website chat");
    const result = await postEvent(messageEvent({ channelId: chat.id }));
    expect((await ticketRow(result.body.ticketId)).source).toBe("CHAT");
    expect(await jobsOf(result.body.ticketId)).toEqual([]);
  });
});

describe("loop guard (SPEC §7)", () => {
  it("stops a workflow's move at the depth limit, changes nothing and says so on the timeline", async () => {
    const ticket = await aTicket("New");
    const result = await changeTicket(
      ticket.id,
      move(support.status("Closed"), { cause: { kind: "rule", ruleName: "Ping-pong", depth: 5 } }),
    );
    expect(result.changed).toBe(false);
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("New"));
    expect(await jobsOf(ticket.id)).toEqual([]);
    expect((await timelineOf(ticket.id)).map((e) => [e.kind, e.ruleName])).toEqual([["loop_guard", "loop_guard"]]);
  });

  it("lets a workflow's move through below the depth limit", async () => {
    const ticket = await aTicket("New");
    await changeTicket(
      ticket.id,
      move(support.status("Closed"), { cause: { kind: "rule", ruleName: "Ping-pong", depth: 4 } }),
    );
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("Closed"));
  });

  async function recordAutomatedChanges(ticketId: string, count: number) {
    await db.timelineEntry.createMany({
      data: Array.from({ length: count }, () => ({
        id: newId(),
        ticketId,
        kind: "status_changed",
        summary: "by a rule",
        ruleName: "customer_reply_trigger",
      })),
    });
  }

  it("stops a reply storm after 20 automated changes in an hour", async () => {
    const ticket = await aTicket("Waiting on contact");
    await recordAutomatedChanges(ticket.id, 20);
    const chat = await channelNamed("Support inbox");
    const result = await postEvent(
      messageEvent({ channelId: chat.id, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } }),
    );
    expect(result.body.effects[0]).toMatchObject({ type: "loop_guard_tripped", reason: "hourly_limit" });
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("Waiting on contact"));
    const timeline = await timelineOf(ticket.id);
    expect(timeline.at(-1)).toMatchObject({
      kind: "loop_guard",
      eventId: result.body.eventId,
      summary: expect.stringMatching(/Loop guard stopped automation \(20 automated changes/),
    });
  });

  it("still moves the ticket at 19 automated changes in the hour", async () => {
    const ticket = await aTicket("Waiting on contact");
    await recordAutomatedChanges(ticket.id, 19);
    const chat = await channelNamed("Support inbox");
    await postEvent(
      messageEvent({ channelId: chat.id, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } }),
    );
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("Waiting on us"));
  });
});
