// Routes the production server (scripts/server.ts) answers itself, outside Next's request
// pipeline, because they are hot (bench/PROFILE.md: Next's per-request work was ~4 of the 6.4 ms
// of server CPU an event cost, and ~7 of the ~10 ms an API key's GET cost). The handler is the
// very function the app/ route file exports. The table is kept on globalThis, so the copies Next
// bundles, the ones the server's start-up registers (lib/server-start.ts, app/api/v1/
// direct-routes.ts) and the server's lookup all meet in one map.
export interface RouteContext {
  params: Promise<Record<string, string>>;
}

export type FetchHandler = (request: Request, context: RouteContext) => Promise<Response>;

interface Registered {
  method: string;
  /** The path's segments; ":name" matches one segment, given to the handler as params.name. */
  segments: string[];
  handler: FetchHandler;
}

const KEY = Symbol.for("ticketflow.directRoutes");
const registry = globalThis as unknown as { [KEY]?: Map<string, Registered> };

function routes(): Map<string, Registered> {
  registry[KEY] ??= new Map();
  return registry[KEY];
}

/** Answers `method` on `pattern` (e.g. "/api/v1/tickets/:id") with `handler`, unless a handler is
 *  already registered there (the first registration wins: one handler per route and process). */
export function registerDirectRoute(method: string, pattern: string, handler: FetchHandler): FetchHandler {
  const key = `${method} ${pattern}`;
  const known = routes().get(key);
  if (known) return known.handler;
  routes().set(key, { method, segments: pattern.split("/"), handler });
  return handler;
}

/** The route's handler, created once per process (the first caller's `create` wins). */
export function directRoute(method: string, pattern: string, create: () => FetchHandler): FetchHandler {
  return routes().get(`${method} ${pattern}`)?.handler ?? registerDirectRoute(method, pattern, create());
}

function paramsOf(segments: string[], parts: string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i]!;
    if (!segment.startsWith(":")) {
      if (segment !== part) return undefined;
      continue;
    }
    if (part === "") return undefined;
    try {
      params[segment.slice(1)] = decodeURIComponent(part);
    } catch {
      return undefined; // a malformed escape: Next answers it
    }
  }
  return params;
}

/** The registered handler and its params for a request line, if the server answers it directly. */
export function findDirectRoute(
  method: string | undefined,
  pathname: string,
): { handler: FetchHandler; params: Record<string, string> } | undefined {
  const parts = pathname.split("/");
  for (const route of routes().values()) {
    if (route.method !== method) continue;
    const params = paramsOf(route.segments, parts);
    if (params) return { handler: route.handler, params };
  }
  return undefined;
}
