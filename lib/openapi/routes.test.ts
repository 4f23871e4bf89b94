// Every exported method of every route file under app/api/v1 has an operation in the OpenAPI
// document and vice versa, and the operation's permission and request schemas are the very
// objects the handler checks and parses with (its `contract`, set by apiRoute/eventsEndpoint).
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RouteContract } from "@/lib/api/api-route";
import { API_OPERATIONS } from "./operations";

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** The document's own route describes the others, not itself. */
const UNDOCUMENTED = new Set(["/api/v1/openapi.json"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/tickets/[id]/route.ts → /api/v1/tickets/{id} */
function openApiPath(file: string): string {
  const relative = path.relative(API_ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
  return ["/api/v1", ...relative.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
}

type Handler = { contract?: RouteContract };

async function handlers() {
  const found: { method: string; path: string; handler: Handler }[] = [];
  for (const file of routeFiles(API_ROOT)) {
    const route = openApiPath(file);
    if (UNDOCUMENTED.has(route)) continue;
    const mod = (await import(file)) as Record<string, Handler>;
    for (const method of METHODS) {
      if (mod[method]) found.push({ method: method.toLowerCase(), path: route, handler: mod[method] });
    }
  }
  return found;
}

let found: Awaited<ReturnType<typeof handlers>>;
// Importing every route module (and what it imports) takes seconds on a busy machine.
beforeAll(async () => {
  found = await handlers();
}, 60_000);

describe("the OpenAPI operations and the route handlers", () => {
  it("list the same methods and paths", () => {
    const routes = found.map((h) => `${h.method} ${h.path}`).sort();
    const documented = API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort();
    expect(routes.length).toBeGreaterThanOrEqual(11);
    expect(documented).toEqual(routes);
  });

  it("use the handlers' own permission, body and query schemas", () => {
    for (const { method, path: route, handler } of found) {
      const op = API_OPERATIONS.find((o) => o.method === method && o.path === route)!;
      const where = `${method.toUpperCase()} ${route}`;
      expect(handler.contract, `${where} has no contract (not built with apiRoute?)`).toBeDefined();
      expect(handler.contract!.permission, where).toBe(op.permission);
      expect(handler.contract!.body === op.body, `${where}: the document's body schema is not the handler's`).toBe(
        true,
      );
      expect(handler.contract!.query === op.query, `${where}: the document's query schema is not the handler's`).toBe(
        true,
      );
    }
  });
});
