// Authorization matrix over everything callable directly: every exported server action (found by
// importing app/**/actions.ts and *-actions.ts) as anonymous → 401 and as agent → 403 unless the
// policy lets agents act (then it gets past authorization to validation); every /api/v1 route
// handler without a key → 401, also with a crafted x-middleware-subrequest header (the proxy is
// not the protection). A demoted user loses rights on the next request. Nothing is written.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/page-guard";
import { signInAs } from "../support/session-store";
import { actAs } from "../support/users";
import { allRowCounts } from "../support/all-rows";

type Action = (...args: unknown[]) => Promise<{ ok: boolean; error?: { status: number } }>;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

const root = path.resolve(import.meta.dirname, "../..");
const actionFiles = filesUnder(path.join(root, "app"), (name) => name === "actions.ts" || name.endsWith("-actions.ts"));
const routeFiles = filesUnder(path.join(root, "app/api/v1"), (name) => name === "route.ts").filter((f) => !f.includes("/events/"));

const actions: [string, Action][] = [];
beforeAll(async () => {
  for (const file of actionFiles) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function") actions.push([`${path.relative(root, file)} ${name}`, value as Action]);
    }
  }
  expect(actions.length).toBeGreaterThan(20);
});

async function resultsAs(role: Parameters<typeof actAs>[0]) {
  await actAs(role);
  const before = await allRowCounts();
  const results: [string, number | "ok"][] = [];
  for (const [name, action] of actions) {
    const result = await action({}, {}, {});
    results.push([name, result.ok ? "ok" : result.error!.status]);
  }
  expect(await allRowCounts()).toEqual(before);
  return results;
}

describe("server actions called directly", () => {
  it("refuse an anonymous caller with 401, every one of them, and write nothing", async () => {
    const results = await resultsAs(null);
    expect(results.filter(([, status]) => status !== 401)).toEqual([]);
  });

  it("refuse an agent with 403 or stop at validation (agents' own actions); only reads succeed", async () => {
    const results = await resultsAs("AGENT");
    const isRead = (name: string) => / (load|read|get)[A-Z]\w*Action$/.test(name);
    expect(results.filter(([name, status]) => (status === "ok" && !isRead(name)) || status === 401 || status === 500)).toEqual([]);
    expect(results.filter(([, status]) => status === 403).length).toBeGreaterThan(10); // the admin-only ones
  });

  it("a demoted admin loses rights on the next request; a deactivated one is signed out", async () => {
    const admin = await db.user.create({ data: { email: `demoted-${Date.now()}@example.com`, name: "Soon agent", passwordHash: "x", role: "ACCOUNT_ADMIN" } });
    signInAs(admin.id);
    const adminOnly = actions.find(([name]) => name.includes("settings/account/actions.ts"))![1];
    expect((await adminOnly({}))).toMatchObject({ ok: false, error: { status: 400 } }); // past authorization
    await db.user.update({ where: { id: admin.id }, data: { role: "AGENT" } });
    expect((await adminOnly({}))).toMatchObject({ ok: false, error: { status: 403 } });
    await db.user.update({ where: { id: admin.id }, data: { active: false } });
    expect((await adminOnly({}))).toMatchObject({ ok: false, error: { status: 401 } });
  });

  it("page guard redirects an anonymous visitor to /login", async () => {
    await actAs(null);
    await expect(requirePageUser()).rejects.toMatchObject({ digest: expect.stringContaining("/login") });
  });
});

describe("/api/v1 route handlers without a key", () => {
  const headerSets: [string, Record<string, string>][] = [
    ["no headers", {}],
    ["a crafted x-middleware-subrequest", { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }],
    ["x-middleware-subrequest naming the proxy", { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", "x-middleware-prefetch": "1" }],
    ["a made-up bearer", { authorization: "Bearer tf_not_a_key", "x-middleware-subrequest": "src/proxy" }],
  ];

  it.each(headerSets)("answer 401 with %s, and write nothing", async (_label, headers) => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(8);
    const before = await allRowCounts();
    const answers: [string, number][] = [];
    for (const file of routeFiles) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof module[m] === "function")) {
        const request = new Request("http://localhost/api/v1/x", { method, headers: { "content-type": "application/json", ...headers }, body: method === "GET" ? undefined : "{}" });
        const response = await (module[method] as (r: Request, c: unknown) => Promise<Response>)(request, { params: Promise.resolve({ id: "any" }) });
        answers.push([`${method} ${path.relative(root, file)}`, response.status]);
      }
    }
    expect(answers.filter(([, status]) => status !== 401)).toEqual([]);
    expect(answers.length).toBeGreaterThanOrEqual(10);
    expect(await allRowCounts()).toEqual(before);
  });
});
