// Authorization matrix over everything callable directly, as anonymous, agent, account admin
// and super admin: every exported server action (found by importing every "use server" module
// under app/ and lib/) and every /api/v1 route handler (each method), each checked against its row in
// authz-matrix-entries.ts — an export without a row, or a row without an export, fails. Route
// handlers are also called with crafted x-middleware-subrequest headers (the proxy is not the
// protection): same answers. A demoted user loses rights on the next request. Nothing is written.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { requirePageUser } from "@/lib/auth/page-guard";
import { signInAs } from "../support/session-store";
import { actAs, userIdOf } from "../support/users";
import { allRowCounts } from "../support/all-rows";
import { ACTION_MATRIX, expectedFor, ROLES, ROUTE_MATRIX, type Audience, type Role } from "./authz-matrix-entries";
import { newId } from "@/lib/db/ids";

type Action = (...args: unknown[]) => Promise<{ ok: boolean; error?: { status: number } }>;
type Handler = (r: Request, c: unknown) => Promise<Response>;
interface Entry<F> {
  name: string;
  audience: Audience | undefined;
  call: F;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const root = path.resolve(import.meta.dirname, "../..");
const api = path.join(root, "app/api/v1");
const isServerActionModule = (file: string) => /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8"));
const actionFiles = ["app", "lib"]
  .flatMap((dir) => filesUnder(path.join(root, dir), (name) => /\.tsx?$/.test(name)))
  .filter(isServerActionModule);
const routeFiles = filesUnder(api, (name) => name === "route.ts");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const actions: Entry<Action>[] = [];
const routes: Entry<Handler>[] = [];
const keys = new Map<Role, string>();

beforeAll(async () => {
  for (const file of actionFiles) {
    const relative = path.relative(root, file);
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      if (typeof value === "function")
        actions.push({ name: `${relative} ${name}`, audience: ACTION_MATRIX[relative]?.[name], call: value as Action });
    }
  }
  for (const file of routeFiles) {
    const relative = path.relative(api, file);
    const routeModule = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS.filter((m) => typeof routeModule[m] === "function")) {
      routes.push({
        name: `${method} ${relative}`,
        audience: ROUTE_MATRIX[relative]?.[method],
        call: routeModule[method] as Handler,
      });
    }
  }
  for (const role of ["AGENT", "ACCOUNT_ADMIN", "SUPER_ADMIN"] as const) {
    keys.set(role, (await createApiKey({ name: `matrix ${role}` }, await userIdOf(role))).key);
  }
});

const rowsOf = (matrix: Record<string, Record<string, Audience>>) =>
  Object.entries(matrix).flatMap(([file, row]) => Object.keys(row).map((name) => [file, name] as const));

describe("the matrix covers everything callable", () => {
  it("has a row for every exported server action and every route handler method, and no stale row", () => {
    expect(actions.filter((a) => !a.audience).map((a) => a.name)).toEqual([]);
    expect(routes.filter((r) => !r.audience).map((r) => r.name)).toEqual([]);
    expect(
      rowsOf(ACTION_MATRIX)
        .map(([f, n]) => `${f} ${n}`)
        .sort(),
    ).toEqual(actions.map((a) => a.name).sort());
    expect(
      rowsOf(ROUTE_MATRIX)
        .map(([f, m]) => `${m} ${f}`)
        .sort(),
    ).toEqual(routes.map((r) => r.name).sort());
    expect(actions.length).toBeGreaterThan(40);
    expect(routes.length).toBeGreaterThanOrEqual(11);
  });
});

const outcome = (status: number | "ok") => (status === 401 || status === 403 ? status : "past authorization");

async function routeAnswers(role: Role, headers: Record<string, string>): Promise<[string, number][]> {
  const key = keys.get(role);
  const answers: [string, number][] = [];
  for (const route of routes) {
    const method = route.name.split(" ")[0]!;
    const request = new Request("http://localhost/api/v1/x", {
      method,
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body: method === "GET" ? undefined : "{}",
    });
    answers.push([route.name, (await route.call(request, { params: Promise.resolve({ id: "any" }) })).status]);
  }
  return answers;
}

const crafted: [string, Record<string, string>][] = [
  ["no extra headers", {}],
  [
    "a crafted x-middleware-subrequest",
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  ],
  [
    "x-middleware-subrequest naming the proxy",
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", "x-middleware-prefetch": "1" },
  ],
];

describe.each(ROLES)("as %s", (role) => {
  it("every server action answers as its matrix row says, and nothing is written", async () => {
    await actAs(role === "ANONYMOUS" ? null : role);
    const before = await allRowCounts();
    const wrong: string[] = [];
    for (const action of actions) {
      const result = await action.call({}, {}, {});
      const status = result.ok ? "ok" : result.error!.status;
      if (status === 500 || outcome(status) !== expectedFor(action.audience!, role))
        wrong.push(`${action.name}: ${status}`);
    }
    expect(wrong).toEqual([]);
    expect(await allRowCounts()).toEqual(before);
  });

  it.each(crafted)(
    "every route handler answers as its matrix row says, with %s, and nothing is written",
    async (_label, headers) => {
      const before = await allRowCounts();
      const answers = await routeAnswers(role, headers);
      const wrong = answers.filter(
        ([name, status]) =>
          status >= 500 || outcome(status) !== expectedFor(routes.find((r) => r.name === name)!.audience!, role),
      );
      expect(wrong).toEqual([]);
      expect(await allRowCounts()).toEqual(before);
    },
  );
});

describe("sessions", () => {
  it("a demoted admin loses rights on the next request; a deactivated one is signed out", async () => {
    const admin = await db.user.create({
      data: {
        id: newId(),
        email: `demoted-${Date.now()}@example.com`,
        name: "Soon agent",
        passwordHash: "x",
        role: "ACCOUNT_ADMIN",
      },
    });
    signInAs(admin.id);
    const adminOnly = actions.find((a) => a.name === "lib/sla/account-actions.ts updateAccountAction")!.call;
    expect(await adminOnly({})).toMatchObject({ ok: false, error: { status: 400 } }); // past authorization
    await db.user.update({ where: { id: admin.id }, data: { role: "AGENT" } });
    expect(await adminOnly({})).toMatchObject({ ok: false, error: { status: 403 } });
    await db.user.update({ where: { id: admin.id }, data: { active: false } });
    expect(await adminOnly({})).toMatchObject({ ok: false, error: { status: 401 } });
  });

  it("a demoted admin's API key loses admin rights on the next request", async () => {
    const admin = await db.user.create({
      data: {
        id: newId(),
        email: `demoted-key-${Date.now()}@example.com`,
        name: "Key owner",
        passwordHash: "x",
        role: "ACCOUNT_ADMIN",
      },
    });
    const { key } = await createApiKey({ name: "soon an agent's" }, admin.id);
    const outbox = routes.find((r) => r.name === "GET outbox/route.ts")!.call;
    const get = async () =>
      (await outbox(new Request("http://localhost/api/v1/outbox", { headers: { authorization: `Bearer ${key}` } }), {}))
        .status;
    expect(await get()).toBe(200);
    await db.user.update({ where: { id: admin.id }, data: { role: "AGENT" } });
    expect(await get()).toBe(403);
  });

  it("page guard redirects an anonymous visitor to /login", async () => {
    await actAs(null);
    await expect(requirePageUser()).rejects.toMatchObject({ digest: expect.stringContaining("/login") });
  });
});
