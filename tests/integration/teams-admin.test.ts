// Settings > Users & teams, the teams half: team CRUD and membership as an admin and as an agent.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addTeamMemberAction,
  createTeamAction,
  deleteTeamAction,
  removeTeamMemberAction,
  renameTeamAction,
} from "@/lib/teams/actions";
import { describeField } from "@/components/history/describe-change";
import { USERS_SCOPE } from "@/lib/users/user-access";
import { actAs, userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${serial++}`;

describe("teams", () => {
  it("creates, renames, adds and removes members, and deletes a team", async () => {
    await actAs("SUPER_ADMIN");
    const created = await createTeamAction({ name: unique("Escalations") });
    if (!created.ok) throw new Error(created.error.message);
    const teamId = created.data.id;
    const newName = unique("Escalations L2");
    expect(await renameTeamAction({ teamId, name: newName })).toMatchObject({ ok: true });
    const agentId = await userIdOf("AGENT");
    expect(await addTeamMemberAction({ teamId, userId: agentId })).toMatchObject({ ok: true });
    expect(await addTeamMemberAction({ teamId, userId: agentId })).toMatchObject({ ok: true }); // idempotent
    expect(await db.team.findUniqueOrThrow({ where: { id: teamId }, include: { members: true } })).toMatchObject({
      name: newName,
      members: [{ userId: agentId }],
    });
    expect(await removeTeamMemberAction({ teamId, userId: agentId })).toMatchObject({ ok: true });
    expect(await db.teamMembership.count({ where: { teamId } })).toBe(0);
    expect(await deleteTeamAction({ teamId })).toMatchObject({ ok: true });
    expect(await db.team.count({ where: { id: teamId } })).toBe(0);
  });

  it("records every team change in the Users & teams History: who, before → after", async () => {
    await actAs("ACCOUNT_ADMIN");
    const name = unique("Night shift");
    const created = await createTeamAction({ name });
    if (!created.ok) throw new Error(created.error.message);
    const teamId = created.data.id;
    const renamed = unique("Night owls");
    const agentId = await userIdOf("AGENT");
    await renameTeamAction({ teamId, name: renamed });
    await addTeamMemberAction({ teamId, userId: agentId });
    await addTeamMemberAction({ teamId, userId: agentId }); // already a member: nothing to record
    await removeTeamMemberAction({ teamId, userId: agentId });
    await deleteTeamAction({ teamId });
    const rows = await db.settingsChange.findMany({
      where: { scope: USERS_SCOPE, entityType: "team", entityId: teamId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(rows.map(({ field, before, after }) => ({ field, before, after }))).toEqual([
      { field: "created", before: null, after: { name } },
      { field: "name", before: name, after: renamed },
      { field: "members", before: [], after: [agentId] },
      { field: "members", before: [agentId], after: [] },
      { field: "deleted", before: { name: renamed, members: [] }, after: null },
    ]);
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(rows.every((row) => row.actorUserId === admin.id && row.actorName === admin.name)).toBe(true);
    expect(describeField(rows[1]!, { [teamId]: renamed })).toBe(`Team "${renamed}": name`);
  });

  it("refuses a duplicate or blank name with the field path", async () => {
    await actAs("ACCOUNT_ADMIN");
    expect(await createTeamAction({ name: "Tier 1 Support" })).toMatchObject({
      ok: false,
      error: { status: 409, issues: [{ path: ["name"] }] },
    });
    expect(await createTeamAction({ name: "   " })).toMatchObject({
      ok: false,
      error: { status: 400, issues: [{ path: ["name"], message: "Enter a team name" }] },
    });
  });

  it("keeps a team that an automation action names", async () => {
    await actAs("SUPER_ADMIN");
    const team = await db.team.findFirstOrThrow({ where: { name: "Tier 1 Support" } });
    const workflow = await db.workflow.findFirstOrThrow({ where: { kind: "STATUS_ACTIONS" } });
    const action = await db.workflowAction.create({
      data: {
        id: newId(),
        workflowId: workflow.id,
        position: 99,
        type: "ASSIGN_OWNER",
        config: { rotateAmongTeamId: team.id },
      },
    });
    expect(await deleteTeamAction({ teamId: team.id })).toMatchObject({
      ok: false,
      error: { status: 409, message: expect.stringContaining("automation action") },
    });
    expect(await db.team.count({ where: { id: team.id } })).toBe(1);
    await db.workflowAction.delete({ where: { id: action.id } });
  });
});

describe("as an agent", () => {
  it("refuses every teams action with 403 and writes nothing", async () => {
    const team = await db.team.findFirstOrThrow({ where: { name: "Billing team" } });
    const userId = await userIdOf("AGENT");
    await actAs("AGENT");
    const snapshot = () => db.team.findMany({ orderBy: { id: "asc" }, include: { members: true } });
    const before = await snapshot();
    const attempts = [
      createTeamAction({ name: "Agents only" }),
      renameTeamAction({ teamId: team.id, name: "Renamed" }),
      deleteTeamAction({ teamId: team.id }),
      addTeamMemberAction({ teamId: team.id, userId }),
      removeTeamMemberAction({ teamId: team.id, userId: await userIdOf("ACCOUNT_ADMIN") }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toMatchObject({ ok: false, error: { status: 403, code: "FORBIDDEN" } });
    }
    expect(await snapshot()).toEqual(before);
  });
});
