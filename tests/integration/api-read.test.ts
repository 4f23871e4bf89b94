// GET /api/v1/pipelines and GET /api/v1/channels: the read side of the public API (DESIGN.md).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getPipelines } from "@/app/api/v1/pipelines/route";
import { GET as getChannels } from "@/app/api/v1/channels/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { TEST_BOOTSTRAP_KEY } from "../support/test-database";
import { userIdOf } from "../support/users";
import { newId } from "@/lib/db/ids";

const ENDPOINTS = [
  ["GET /api/v1/pipelines", getPipelines, "http://localhost/api/v1/pipelines"],
  ["GET /api/v1/channels", getChannels, "http://localhost/api/v1/channels"],
] as const;

type Handler = (typeof ENDPOINTS)[number][1];

function call(handler: Handler, url: string, authorization?: string): Promise<Response> {
  const headers = authorization === undefined ? undefined : { authorization };
  return handler(new Request(url, { headers }), { params: Promise.resolve({}) });
}

async function expectUnauthenticated(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({
    error: { code: "UNAUTHENTICATED", message: expect.any(String), issues: [] },
  });
}

describe.each(ENDPOINTS)("%s refuses bad credentials with 401 and the error shape", (_name, handler, url) => {
  it("without an Authorization header", async () => {
    await expectUnauthenticated(await call(handler, url));
  });

  it.each([
    ["a Basic header", "Basic YWRtaW46cGFzc3dvcmQ="],
    ["Bearer without a key", "Bearer "],
    ["a key without Bearer", TEST_BOOTSTRAP_KEY],
    ["two tokens", `Bearer ${TEST_BOOTSTRAP_KEY} extra`],
  ])("with a malformed header (%s)", async (_label, header) => {
    await expectUnauthenticated(await call(handler, url, header));
  });

  it("with an unknown key", async () => {
    await expectUnauthenticated(await call(handler, url, "Bearer tf_not_a_real_key_000000000000000000000000"));
  });

  it("with a revoked key", async () => {
    const created = await createApiKey({ name: "Revoked" }, await userIdOf("ACCOUNT_ADMIN"));
    await revokeApiKey({ id: created.id });
    await expectUnauthenticated(await call(handler, url, `Bearer ${created.key}`));
  });

  it("with the key of a deactivated user", async () => {
    const user = await db.user.create({
      data: {
        id: newId(),
        email: `gone-${crypto.randomUUID()}@example.com`,
        name: "Gone",
        passwordHash: "x",
        role: "ACCOUNT_ADMIN",
      },
    });
    const created = await createApiKey({ name: "Deactivated owner" }, user.id);
    expect((await call(handler, url, `Bearer ${created.key}`)).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await expectUnauthenticated(await call(handler, url, `Bearer ${created.key}`));
  });

  it("but lets an agent's key read", async () => {
    const created = await createApiKey({ name: "Agent reader" }, await userIdOf("AGENT"));
    expect((await call(handler, url, `Bearer ${created.key}`)).status).toBe(200);
  });
});

describe("GET /api/v1/pipelines with the bootstrap key", () => {
  it("returns the pipelines in display order, each with its statuses in order, and nothing else", async () => {
    const response = await call(getPipelines, "http://localhost/api/v1/pipelines", `Bearer ${TEST_BOOTSTRAP_KEY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const pipelines = await response.json();
    expect(pipelines).toHaveLength(2);
    expect(pipelines.map((p: { displayOrder: number }) => p.displayOrder)).toEqual([0, 1]);
    const [support] = pipelines;
    expect(support).toEqual({
      id: expect.any(String),
      name: "Support Pipeline",
      displayOrder: 0,
      withinPlan: true,
      statuses: [
        { id: expect.any(String), label: "New", displayOrder: 0, state: "OPEN" },
        { id: expect.any(String), label: "Waiting on contact", displayOrder: 1, state: "OPEN" },
        { id: expect.any(String), label: "Waiting on us", displayOrder: 2, state: "OPEN" },
        { id: expect.any(String), label: "Closed", displayOrder: 3, state: "CLOSED" },
      ],
    });
    for (const pipeline of pipelines) {
      expect(Object.keys(pipeline).sort()).toEqual(["displayOrder", "id", "name", "statuses", "withinPlan"]);
      for (const status of pipeline.statuses) {
        expect(Object.keys(status).sort()).toEqual(["displayOrder", "id", "label", "state"]);
      }
    }
  });

  it("records when the key was last used", async () => {
    await call(getPipelines, "http://localhost/api/v1/pipelines", `Bearer ${TEST_BOOTSTRAP_KEY}`);
    const key = await db.apiKey.findFirstOrThrow({ where: { name: { startsWith: "Bootstrap key" } } });
    expect(key.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("GET /api/v1/channels with the bootstrap key", () => {
  it("returns every channel with exactly the contract's fields, pointing at real pipelines and statuses", async () => {
    const pipelines = await (
      await call(getPipelines, "http://localhost/api/v1/pipelines", `Bearer ${TEST_BOOTSTRAP_KEY}`)
    ).json();
    const response = await call(getChannels, "http://localhost/api/v1/channels", `Bearer ${TEST_BOOTSTRAP_KEY}`);
    expect(response.status).toBe(200);
    const channels = await response.json();
    expect(channels).toHaveLength(await db.channel.count());
    for (const channel of channels) {
      expect(Object.keys(channel).sort()).toEqual(["createsTickets", "id", "name", "pipelineId", "statusId", "type"]);
    }

    const support = pipelines.find((p: { name: string }) => p.name === "Support Pipeline");
    const newStatus = support.statuses.find((s: { label: string }) => s.label === "New");
    expect(channels).toContainEqual({
      id: expect.any(String),
      type: "TEAM_EMAIL",
      name: "Support inbox",
      createsTickets: true,
      pipelineId: support.id,
      statusId: newStatus.id,
    });
    expect(channels).toContainEqual({
      id: expect.any(String),
      type: "MESSENGER",
      name: "Facebook Messenger",
      createsTickets: false,
      pipelineId: null,
      statusId: null,
    });
    const statusIds = new Set(pipelines.flatMap((p: { statuses: { id: string }[] }) => p.statuses.map((s) => s.id)));
    for (const channel of channels.filter((c: { statusId: string | null }) => c.statusId)) {
      expect(statusIds.has(channel.statusId)).toBe(true);
    }
  });
});
