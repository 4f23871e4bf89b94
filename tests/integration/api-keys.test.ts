// Settings > API keys: the server actions (as each role would call them) and the data layer.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { GET as getPipelines } from "@/app/api/v1/pipelines/route";
import { actAs, userIdOf } from "../support/users";
import { signInAs } from "../support/session-store";
import { newId } from "@/lib/db/ids";

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

function callPipelines(key: string): Promise<Response> {
  const request = new Request("http://localhost/api/v1/pipelines", { headers: { authorization: `Bearer ${key}` } });
  return getPipelines(request, { params: Promise.resolve({}) });
}

async function createAs(role: "ACCOUNT_ADMIN" | "SUPER_ADMIN", name: string) {
  await actAs(role);
  const result = await createApiKeyAction({ name });
  if (!result.ok) throw new Error(`create failed: ${result.error.message}`);
  return result.data;
}

describe("creating a key", () => {
  it("returns the full key once and stores only its sha256 hash, owned by the creator", async () => {
    const created = await createAs("ACCOUNT_ADMIN", "  Zapier  ");
    expect(created.key).toMatch(/^tf_[A-Za-z0-9_-]{43}$/);
    expect(created.name).toBe("Zapier");
    expect(created.prefix).toBe(created.key.slice(0, 9));

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toBe(sha256(created.key));
    expect(row.userId).toBe(await userIdOf("ACCOUNT_ADMIN"));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row.revokedAt).toBeNull();
  });

  it("gives a key that acts as its creator, with the creator's role", async () => {
    const created = await createAs("ACCOUNT_ADMIN", "Acts as admin");
    const response = await callPipelines(created.key);
    expect(response.status).toBe(200);
    const actor = await authenticateApiKey(`Bearer ${created.key}`);
    expect(actor).toMatchObject({ id: await userIdOf("ACCOUNT_ADMIN"), role: "ACCOUNT_ADMIN" });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id }, select: { lastUsedAt: true } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it("makes a different key every time, even with the same name", async () => {
    const a = await createAs("SUPER_ADMIN", "Same name");
    const b = await createAs("SUPER_ADMIN", "Same name");
    expect(a.key).not.toBe(b.key);
  });

  it.each([
    ["an empty name", "", "Enter a name for the key"],
    ["a blank name", "    ", "Enter a name for the key"],
    ["a name over 100 characters", "x".repeat(101), "Use at most 100 characters"],
  ])("refuses %s with 400 and the field path, writing nothing", async (_label, name, message) => {
    await actAs("ACCOUNT_ADMIN");
    const before = await db.apiKey.count();
    const result = await createApiKeyAction({ name });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        status: 400,
        code: "BAD_REQUEST",
        issues: [expect.objectContaining({ path: ["name"], message })],
      }),
    });
    expect(await db.apiKey.count()).toBe(before);
  });

  it("accepts a name of exactly 100 characters", async () => {
    const created = await createAs("ACCOUNT_ADMIN", "y".repeat(100));
    expect(created.name).toHaveLength(100);
  });

  it("refuses input that is not an object", async () => {
    await actAs("ACCOUNT_ADMIN");
    const result = await createApiKeyAction(null as unknown as { name: string });
    expect(result).toMatchObject({ ok: false, error: { status: 400, code: "BAD_REQUEST" } });
  });
});

describe("listing keys", () => {
  it("shows name, prefix, owner and dates, never the key or its hash", async () => {
    const created = await createAs("ACCOUNT_ADMIN", "Listed key");
    const admin = await db.user.findUniqueOrThrow({ where: { id: await userIdOf("ACCOUNT_ADMIN") } });
    const keys = await listApiKeys(admin);
    const listed = keys.find((k) => k.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: "Listed key",
      prefix: created.prefix,
      createdAt: expect.any(Date),
      lastUsedAt: null,
      revokedAt: null,
      owner: { id: admin.id, name: admin.name, email: admin.email },
    });
    const serialized = JSON.stringify(keys);
    expect(serialized).not.toContain(created.key);
    expect(serialized).not.toContain(sha256(created.key));
    expect(keys.every((k) => !("hash" in k))).toBe(true);
  });

  it("includes every admin's keys (the seeded super-admin bootstrap key too), active before revoked", async () => {
    const revoked = await createAs("ACCOUNT_ADMIN", "Revoked before listing");
    await revokeApiKeyAction({ id: revoked.id });
    const active = await createAs("ACCOUNT_ADMIN", "Active at listing");
    const admin = await db.user.findUniqueOrThrow({ where: { id: await userIdOf("ACCOUNT_ADMIN") } });
    const keys = await listApiKeys(admin);
    expect(keys.some((k) => k.owner.email === "superadmin@example.com" && k.revokedAt === null)).toBe(true);
    const position = (id: string) => keys.findIndex((k) => k.id === id);
    expect(position(active.id)).toBeGreaterThanOrEqual(0);
    expect(position(active.id)).toBeLessThan(position(revoked.id));
    const firstRevoked = keys.findIndex((k) => k.revokedAt);
    expect(keys.slice(firstRevoked).every((k) => k.revokedAt)).toBe(true);
  });

  it("refuses an agent", async () => {
    const agent = await db.user.findUniqueOrThrow({ where: { id: await userIdOf("AGENT") } });
    await expect(listApiKeys(agent)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("revoking a key", () => {
  it("stops the key working on the API at once", async () => {
    const created = await createAs("ACCOUNT_ADMIN", "Short-lived");
    expect((await callPipelines(created.key)).status).toBe(200);

    const result = await revokeApiKeyAction({ id: created.id });
    expect(result).toEqual({ ok: true, data: { id: created.id, name: "Short-lived", revokedAt: expect.any(Date) } });

    const response = await callPipelines(created.key);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "UNAUTHENTICATED", message: expect.any(String), issues: [] },
    });
  });

  it("lets an account admin revoke another admin's key", async () => {
    const created = await createAs("SUPER_ADMIN", "Super admin's key");
    await actAs("ACCOUNT_ADMIN");
    expect(await revokeApiKeyAction({ id: created.id })).toMatchObject({ ok: true });
  });

  it("says so when the key is already revoked (409), and keeps the first revocation time", async () => {
    const created = await createAs("ACCOUNT_ADMIN", "Revoked twice");
    const first = await revokeApiKeyAction({ id: created.id });
    if (!first.ok) throw new Error(first.error.message);
    const again = await revokeApiKeyAction({ id: created.id });
    expect(again).toEqual({
      ok: false,
      error: { code: "CONFLICT", status: 409, message: 'The API key "Revoked twice" is already revoked.', issues: [] },
    });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.revokedAt).toEqual(first.data.revokedAt);
  });

  it("says so when the key does not exist (404)", async () => {
    await actAs("ACCOUNT_ADMIN");
    expect(await revokeApiKeyAction({ id: "no-such-key" })).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", status: 404, message: "This API key does not exist.", issues: [] },
    });
  });

  it("refuses a missing id with 400 and the field path", async () => {
    await actAs("ACCOUNT_ADMIN");
    const result = await revokeApiKeyAction({ id: "" });
    expect(result).toMatchObject({
      ok: false,
      error: { status: 400, code: "BAD_REQUEST", issues: [{ path: ["id"] }] },
    });
  });
});

describe("who may manage keys", () => {
  let target: { id: string; key: string };

  beforeAll(async () => {
    target = await createAs("ACCOUNT_ADMIN", "Target of refused revokes");
  });

  async function expectNothingWritten(run: () => Promise<unknown>, expected: object) {
    const before = await db.apiKey.findMany({ orderBy: { id: "asc" } });
    expect(await run()).toEqual(expected);
    expect(await db.apiKey.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  }

  const forbidden = { ok: false, error: { status: 403, code: "FORBIDDEN", message: expect.any(String), issues: [] } };
  const unauthenticated = {
    ok: false,
    error: { status: 401, code: "UNAUTHENTICATED", message: expect.any(String), issues: [] },
  };

  it("refuses an agent creating a key (403) and writes nothing", async () => {
    await actAs("AGENT");
    await expectNothingWritten(() => createApiKeyAction({ name: "Agent's key" }), forbidden);
  });

  it("refuses an agent revoking a key (403) and writes nothing", async () => {
    await actAs("AGENT");
    await expectNothingWritten(() => revokeApiKeyAction({ id: target.id }), forbidden);
    expect((await callPipelines(target.key)).status).toBe(200);
  });

  it("checks the role before the input: an agent's invalid input is still 403", async () => {
    await actAs("AGENT");
    await expectNothingWritten(() => createApiKeyAction({ name: "" }), forbidden);
  });

  it("refuses anonymous callers (401) and writes nothing", async () => {
    await actAs(null);
    await expectNothingWritten(() => createApiKeyAction({ name: "Anonymous key" }), unauthenticated);
    await expectNothingWritten(() => revokeApiKeyAction({ id: target.id }), unauthenticated);
  });

  it("refuses a deactivated admin (401) and writes nothing", async () => {
    const user = await db.user.create({
      data: {
        id: newId(),
        email: "former-admin@example.com",
        name: "Former Admin",
        passwordHash: "x",
        role: "ACCOUNT_ADMIN",
        active: false,
      },
    });
    signInAs(user.id);
    await expectNothingWritten(() => createApiKeyAction({ name: "Ghost key" }), unauthenticated);
  });

  it("follows the owner's current role: a demoted admin's key acts as an agent", async () => {
    const user = await db.user.create({
      data: {
        id: newId(),
        email: "demoted@example.com",
        name: "Demoted Admin",
        passwordHash: "x",
        role: "ACCOUNT_ADMIN",
      },
    });
    signInAs(user.id);
    const created = await createApiKeyAction({ name: "Before demotion" });
    if (!created.ok) throw new Error(created.error.message);
    await db.user.update({ where: { id: user.id }, data: { role: "AGENT" } });
    expect(await authenticateApiKey(`Bearer ${created.data.key}`)).toMatchObject({ id: user.id, role: "AGENT" });
    expect(await revokeApiKeyAction({ id: created.data.id })).toEqual(forbidden);
  });
});
