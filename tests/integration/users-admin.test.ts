// Settings > Users & teams, the users half: every users action as a super admin, an account
// admin and an agent, the role rules, and "takes effect on the next request".
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { changeUserRoleAction, createUserAction, setUserActiveAction } from "@/lib/users/actions";
import { createTeamAction } from "@/lib/teams/actions";
import { actAs, userIdOf } from "../support/users";
import { signInAs } from "../support/session-store";

const forbidden = { ok: false, error: expect.objectContaining({ status: 403, code: "FORBIDDEN" }) };
let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${serial++}`;

async function newUser(
  role: "SUPER_ADMIN" | "ACCOUNT_ADMIN" | "AGENT",
  as: "SUPER_ADMIN" | "ACCOUNT_ADMIN" = "SUPER_ADMIN",
) {
  await actAs(as);
  const email = `${unique("user")}@example.com`;
  const result = await createUserAction({ name: `Test ${role}`, email, role, password: "correct-horse-battery" });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe("creating a user", () => {
  it("stores the user with a bcrypt hash of the initial password and the chosen role", async () => {
    await actAs("SUPER_ADMIN");
    const email = `${unique("new")}@Example.com`;
    const result = await createUserAction({ name: "  Nia New  ", email, role: "AGENT", password: "initial-pass-1" });
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Nia New", email: email.toLowerCase(), role: "AGENT", active: true },
    });
    const row = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(row.passwordHash).not.toContain("initial-pass-1");
    expect(await verifyPassword("initial-pass-1", row.passwordHash)).toBe(true);
    expect(await db.settingsChange.count({ where: { entityId: row.id, field: "created" } })).toBe(1);
  });

  it("refuses invalid input with 400 and each field's path, writing nothing", async () => {
    await actAs("SUPER_ADMIN");
    const before = await db.user.count();
    const result = await createUserAction({
      name: "",
      email: "not-an-email",
      role: "OWNER" as never,
      password: "short",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(result.error.issues.map((i) => i.path[0]).sort()).toEqual(["email", "name", "password", "role"]);
    expect(result.error.issues.find((i) => i.path[0] === "password")?.message).toBe("Use at least 10 characters");
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a taken email with 409 on the email field", async () => {
    await actAs("ACCOUNT_ADMIN");
    const result = await createUserAction({
      name: "Copy",
      email: "agent@example.com",
      role: "AGENT",
      password: "long-enough-1",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "CONFLICT",
        status: 409,
        message: "A user with this email already exists.",
        issues: [{ path: ["email"], message: "A user with this email already exists." }],
      },
    });
  });

  it("lets only a super admin create a super admin", async () => {
    await actAs("ACCOUNT_ADMIN");
    const email = `${unique("sa")}@example.com`;
    expect(
      await createUserAction({ name: "Would-be SA", email, role: "SUPER_ADMIN", password: "long-enough-1" }),
    ).toEqual(forbidden);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const admin = await newUser("ACCOUNT_ADMIN", "ACCOUNT_ADMIN");
    expect(admin.role).toBe("ACCOUNT_ADMIN");
  });
});

describe("changing a role and deactivating", () => {
  it("changes a role and records who changed it", async () => {
    const user = await newUser("AGENT");
    await actAs("ACCOUNT_ADMIN");
    expect(await changeUserRoleAction({ userId: user.id, role: "ACCOUNT_ADMIN" })).toMatchObject({
      ok: true,
      data: { role: "ACCOUNT_ADMIN" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ACCOUNT_ADMIN");
    const change = await db.settingsChange.findFirstOrThrow({ where: { entityId: user.id, field: "role" } });
    expect(change).toMatchObject({
      actorUserId: await userIdOf("ACCOUNT_ADMIN"),
      before: "AGENT",
      after: "ACCOUNT_ADMIN",
    });
  });

  it("takes effect on the next request: a just-demoted admin's next server action is refused", async () => {
    const admin = await newUser("ACCOUNT_ADMIN");
    signInAs(admin.id);
    expect(await createTeamAction({ name: unique("Allowed team") })).toMatchObject({ ok: true });
    await actAs("SUPER_ADMIN");
    expect(await changeUserRoleAction({ userId: admin.id, role: "AGENT" })).toMatchObject({ ok: true });
    signInAs(admin.id); // same session as before the demotion
    const name = unique("Refused team");
    expect(await createTeamAction({ name })).toEqual(forbidden);
    expect(await db.team.count({ where: { name } })).toBe(0);
  });

  it("takes effect on the next request: a deactivated user is treated as signed out, and can be reactivated", async () => {
    const admin = await newUser("ACCOUNT_ADMIN");
    await actAs("SUPER_ADMIN");
    expect(await setUserActiveAction({ userId: admin.id, active: false })).toMatchObject({
      ok: true,
      data: { active: false },
    });
    signInAs(admin.id);
    expect(await createTeamAction({ name: unique("Ghost team") })).toMatchObject({ ok: false, error: { status: 401 } });
    await actAs("SUPER_ADMIN");
    expect(await setUserActiveAction({ userId: admin.id, active: true })).toMatchObject({
      ok: true,
      data: { active: true },
    });
    signInAs(admin.id);
    expect(await createTeamAction({ name: unique("Back team") })).toMatchObject({ ok: true });
  });

  it("keeps the last active super admin: no self-demotion, no deactivation", async () => {
    await actAs("SUPER_ADMIN");
    const self = await userIdOf("SUPER_ADMIN");
    const last = {
      ok: false,
      error: expect.objectContaining({
        status: 409,
        message: expect.stringContaining("always be an active super admin"),
      }),
    };
    expect(await changeUserRoleAction({ userId: self, role: "ACCOUNT_ADMIN" })).toEqual(last);
    expect(await setUserActiveAction({ userId: self, active: false })).toMatchObject({
      ok: false,
      error: { status: 409 },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: self } })).toMatchObject({
      role: "SUPER_ADMIN",
      active: true,
    });
  });

  it("lets a super admin step down once another super admin exists", async () => {
    const other = await newUser("SUPER_ADMIN");
    signInAs(other.id);
    expect(await changeUserRoleAction({ userId: other.id, role: "AGENT" })).toMatchObject({
      ok: true,
      data: { role: "AGENT" },
    });
  });

  it("two super admins demoting each other at once: exactly one succeeds", async () => {
    const a = await newUser("SUPER_ADMIN");
    const b = await newUser("SUPER_ADMIN");
    // Leave a and b as the only active super admins for this test.
    const seeded = await userIdOf("SUPER_ADMIN");
    await db.user.update({ where: { id: seeded }, data: { active: false } });
    try {
      const actor = (u: { id: string; name: string }) => ({ ...u, role: "SUPER_ADMIN" as const });
      const results = await Promise.allSettled([
        changeUserRole(actor(a), { userId: b.id, role: "AGENT" }),
        changeUserRole(actor(b), { userId: a.id, role: "AGENT" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.user.count({ where: { role: "SUPER_ADMIN", active: true } })).toBe(1);
    } finally {
      await db.user.update({ where: { id: seeded }, data: { active: true } });
    }
  });

  it("refuses an account admin who changes or deactivates a super admin", async () => {
    const sa = await newUser("SUPER_ADMIN");
    await actAs("ACCOUNT_ADMIN");
    expect(await changeUserRoleAction({ userId: sa.id, role: "AGENT" })).toEqual(forbidden);
    expect(await setUserActiveAction({ userId: sa.id, active: false })).toEqual(forbidden);
    const agent = await newUser("AGENT");
    await actAs("ACCOUNT_ADMIN");
    expect(await changeUserRoleAction({ userId: agent.id, role: "SUPER_ADMIN" })).toEqual(forbidden);
    expect(await db.user.findUniqueOrThrow({ where: { id: sa.id } })).toMatchObject({
      role: "SUPER_ADMIN",
      active: true,
    });
  });

  it("refuses deactivating yourself, and unknown users with 404", async () => {
    await actAs("ACCOUNT_ADMIN");
    expect(await setUserActiveAction({ userId: await userIdOf("ACCOUNT_ADMIN"), active: false })).toMatchObject({
      ok: false,
      error: { status: 409 },
    });
    expect(await changeUserRoleAction({ userId: "nobody", role: "AGENT" })).toMatchObject({
      ok: false,
      error: { status: 404 },
    });
    expect(await changeUserRoleAction({ userId: "", role: "AGENT" })).toMatchObject({
      ok: false,
      error: { status: 400, issues: [{ path: ["userId"] }] },
    });
  });
});

describe("as an agent", () => {
  it("refuses every users action with 403 and writes nothing", async () => {
    const userId = await userIdOf("AGENT");
    await actAs("AGENT");
    const before = await db.user.findMany({ orderBy: { id: "asc" } });
    const attempts = [
      createUserAction({ name: "Sneaky", email: "sneaky@example.com", role: "AGENT", password: "long-enough-1" }),
      changeUserRoleAction({ userId, role: "SUPER_ADMIN" }),
      setUserActiveAction({ userId, active: false }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toEqual(forbidden);
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
