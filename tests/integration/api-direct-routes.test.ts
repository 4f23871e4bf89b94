// The public API as the production server answers it outside Next (app/api/v1/direct-routes.ts,
// lib/http/serve-direct.ts): every route file is listed under its path, each method is the route's
// own handler, params are decoded as Next decodes them, the answers carry proxy.ts's security
// headers, and a request line no route answers falls through (here: the test server's 404; under
// `npm start`: Next).
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { API_ROUTE_FILES, registerApiRoutes } from "@/app/api/v1/direct-routes";
import * as ticketRoute from "@/app/api/v1/tickets/[id]/route";
import { findDirectRoute } from "@/lib/http/direct-routes";
import { securityHeaders } from "@/lib/http/security-headers";
import { aTicket, jobsOf, seededPipeline, ticketRow } from "../support/engine-fixtures";
import { sendToServer, testServerUrl } from "../support/over-http";
import { TEST_BOOTSTRAP_KEY } from "../support/test-database";

const API_DIR = path.join(process.cwd(), "app/api/v1");
const API_HEADERS = securityHeaders({ kind: "api", https: false });

/** Every route file under app/api/v1, as a path pattern ("[id]" → ":id"). */
function routeFilePatterns(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFilePatterns(full);
    if (entry.name !== "route.ts") return [];
    const relative = path.relative(API_DIR, path.dirname(full)).split(path.sep);
    return [`/api/v1/${relative.map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")}`];
  });
}

const key = { authorization: `Bearer ${TEST_BOOTSTRAP_KEY}` };

let support: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  registerApiRoutes();
  support = await seededPipeline();
});

describe("the public API served directly", () => {
  it("lists every route file but the events endpoint, which registers itself", () => {
    const listed = Object.keys(API_ROUTE_FILES).sort();
    expect(listed).toEqual(
      routeFilePatterns()
        .filter((p) => p !== "/api/v1/events")
        .sort(),
    );
  });

  it("answers each method with the route's own handler and its params", () => {
    const found = findDirectRoute("PATCH", "/api/v1/tickets/t%201");
    expect(found?.handler).toBe(ticketRoute.PATCH);
    expect(found?.params).toEqual({ id: "t 1" });
    expect(findDirectRoute("GET", "/api/v1/tickets/abc/timeline")?.params).toEqual({ id: "abc" });
    expect(findDirectRoute("DELETE", "/api/v1/tickets/abc")).toBeUndefined(); // not exported: Next's 405
    expect(findDirectRoute("GET", "/api/v1/tickets/")).toBeUndefined(); // Next's trailing-slash redirect
    expect(findDirectRoute("GET", "/api/v1/tickets/a/b")).toBeUndefined();
    expect(findDirectRoute("GET", "/api/v1/tickets/%E0%A4%A")).toBeUndefined(); // malformed escape
  });

  it("moves a ticket over HTTP as the route does, with the API's security headers", async () => {
    const ticket = await aTicket("New");
    const response = await sendToServer(
      new Request(`http://localhost/api/v1/tickets/${ticket.id}`, {
        method: "PATCH",
        headers: { ...key, "content-type": "application/json" },
        body: JSON.stringify({ statusId: support.status("Closed"), version: 1 }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: ticket.id, statusId: support.status("Closed"), version: 2 });
    for (const [name, value] of Object.entries(API_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("Closed"));
    expect(await jobsOf(ticket.id)).toHaveLength(1);
  });

  it("refuses without a key, and names the field of a bad body, as under Next", async () => {
    const ticket = await aTicket("New");
    const url = `http://localhost/api/v1/tickets/${ticket.id}`;
    const anonymous = await sendToServer(new Request(url));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("UNAUTHENTICATED");
    const bad = await sendToServer(
      new Request(url, {
        method: "PATCH",
        headers: { ...key, "content-type": "application/json" },
        body: JSON.stringify({ version: "one" }),
      }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((i: { path: string[] }) => i.path.join("."))).toContain("version");
    expect((await ticketRow(ticket.id)).version).toBe(1);
  });

  it("gives the next page's link on the client's own host", async () => {
    await aTicket("New");
    await aTicket("New");
    const response = await sendToServer(new Request("http://localhost/api/v1/tickets?limit=1", { headers: key }));
    expect(response.status).toBe(200);
    const base = await testServerUrl();
    expect(response.headers.get("link")).toMatch(
      new RegExp(`^<${base}/api/v1/tickets\\?limit=1&cursor=[^>]+>; rel="next"$`),
    );
  });

  it("leaves a request line no route answers to the server behind it", async () => {
    const response = await fetch(`${await testServerUrl()}/api/v1/tickets/abc`, { method: "DELETE", headers: key });
    expect(response.status).toBe(404);
  });
});
