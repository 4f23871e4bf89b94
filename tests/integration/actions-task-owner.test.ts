// SPEC §5 "create a task" (tasks appear on the ticket) and "rotate/assign owner": a chosen
// user, or round-robin among a team's ACTIVE members, the rotation kept in the database and
// safe when several steps take turns at once.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { takeTurn } from "@/lib/workflows/action-types/assign-owner/rotation";
import { aTicket } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";
import { aWorkflow, drain, enroll, resetClock, stepEntries, useCaptureMail } from "./workflow-run-fixtures";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { newId } from "@/lib/db/ids";

let agentId: string;
let teamId: string;
let members: { id: string; name: string }[];
beforeAll(async () => {
  useCaptureMail();
  agentId = await userIdOf("AGENT");
  const team = await db.team.create({ data: { id: newId(), name: "Rotation team" } });
  teamId = team.id;
  const emails = ["agent@example.com", "jordan@example.com", "priya@example.com"];
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
  await db.teamMembership.createMany({ data: users.map((u) => ({ teamId, userId: u.id })) });
  members = users;
});
beforeEach(() => resetClock());

async function runOn(ticketId: string, action: TAction) {
  const workflow = await aWorkflow([{ action }]);
  await enroll(ticketId, workflow.id);
  await drain();
}

describe("create_task", () => {
  it("creates a task on the ticket for its owner, due after the given minutes, title with tokens", async () => {
    const ticket = await aTicket("New", { ownerId: agentId, subject: "Laptop" });
    await runOn(ticket.id, {
      type: "create_task",
      title: "Follow up: {{ticket.subject}}",
      notes: "for {{contact.name}}",
      assignTo: "owner",
      dueInMinutes: 30,
    });
    const tasks = await db.task.findMany({ where: { ticketId: ticket.id } });
    expect(tasks).toMatchObject([{ title: "Follow up: Laptop", notes: "for Casey Contact", assigneeId: agentId }]);
    expect(tasks[0]!.dueAt!.getTime() - tasks[0]!.createdAt.getTime()).toBe(30 * 60_000); // both at the step's clock
    const [entry] = await stepEntries(ticket.id);
    expect(entry).toMatchObject({
      kind: "action_done",
      summary: expect.stringContaining('Task "Follow up: Laptop" created for Alex Agent'),
    });
    // Due as a readable time in the account's zone (the seeded Europe/Berlin), not an ISO instant.
    const due = formatZonedTitle(tasks[0]!.dueAt!, "Europe/Berlin");
    expect(entry!.summary).toContain(`, due ${due}.`);
    expect(entry!.summary).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("leaves the task unassigned when the chosen user is deactivated, and creates none when the workflow is off", async () => {
    const jordan = await db.user.update({ where: { email: "jordan@example.com" }, data: { active: false } });
    const ticket = await aTicket("New");
    await runOn(ticket.id, { type: "create_task", title: "Call", notes: "", assignTo: { userId: jordan.id } });
    await db.user.update({ where: { id: jordan.id }, data: { active: true } });
    expect(await db.task.findMany({ where: { ticketId: ticket.id } })).toMatchObject([
      { title: "Call", assigneeId: null },
    ]);

    const other = await aTicket("New");
    const workflow = await aWorkflow([
      { action: { type: "create_task", title: "Never", notes: "", assignTo: "owner" } },
    ]);
    await enroll(other.id, workflow.id);
    await db.workflow.update({ where: { id: workflow.id }, data: { enabled: false } });
    await drain();
    expect(await db.task.count({ where: { ticketId: other.id } })).toBe(0);
  });
});

describe("assign_owner", () => {
  it("assigns a chosen user through the engine (timeline says which workflow)", async () => {
    const ticket = await aTicket("New");
    const workflow = await aWorkflow([{ action: { type: "assign_owner", userId: agentId } }]);
    await enroll(ticket.id, workflow.id);
    await drain();
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ ownerId: agentId, version: 2 });
    const change = await db.timelineEntry.findFirstOrThrow({
      where: { ticketId: ticket.id, kind: "property_changed" },
    });
    expect(change).toMatchObject({ ruleName: workflow.name, depth: 1 });
  });

  it("does not assign a deactivated user", async () => {
    const jordan = await db.user.update({ where: { email: "jordan@example.com" }, data: { active: false } });
    const ticket = await aTicket("New");
    await runOn(ticket.id, { type: "assign_owner", userId: jordan.id });
    await db.user.update({ where: { id: jordan.id }, data: { active: true } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).ownerId).toBeNull();
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_skipped",
      detail: { reason: "inactive_user" },
    });
  });

  it("rotates among the team's active members, skipping a deactivated one", async () => {
    await db.ownerRotation.deleteMany();
    const owners: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const ticket = await aTicket("New");
      await runOn(ticket.id, { type: "assign_owner", rotateAmongTeamId: teamId });
      owners.push((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).ownerId);
    }
    const ids = members.map((m) => m.id);
    expect(owners).toEqual([ids[0], ids[1], ids[2], ids[0]]);

    await db.user.update({ where: { id: ids[1] }, data: { active: false } });
    const next = [];
    for (let i = 0; i < 2; i++) {
      const ticket = await aTicket("New");
      await runOn(ticket.id, { type: "assign_owner", rotateAmongTeamId: teamId });
      next.push((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).ownerId);
    }
    await db.user.update({ where: { id: ids[1] }, data: { active: true } });
    expect(next).toEqual([ids[2], ids[0]]);
  });

  it("skips when the team has no active member", async () => {
    const empty = await db.team.create({ data: { id: newId(), name: "Empty team" } });
    const ticket = await aTicket("New");
    await runOn(ticket.id, { type: "assign_owner", rotateAmongTeamId: empty.id });
    expect((await stepEntries(ticket.id))[0]).toMatchObject({
      kind: "action_skipped",
      detail: { reason: "no_active_member" },
    });
  });

  it("gives concurrent turns to consecutive members, never the same turn twice", async () => {
    await db.ownerRotation.deleteMany();
    const turns = await Promise.all(
      Array.from({ length: 6 }, () => dbHandle().transaction((tx) => takeTurn(tx, teamId, new Date()))),
    );
    const counts = new Map<string, number>();
    for (const turn of turns) counts.set(turn!.userId, (counts.get(turn!.userId) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2, 2]);
    expect((await db.ownerRotation.findUniqueOrThrow({ where: { teamId } })).turns).toBe(6);
  });
});
