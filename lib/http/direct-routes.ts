// Routes the production server (scripts/server.ts) answers itself, outside Next's request
// pipeline, because they are hot (bench/PROFILE.md: Next's per-request work was ~4 of the 6.4 ms
// of server CPU an event cost). The handler is the very function the app/ route file exports:
// it is kept on globalThis, so the copy Next bundles for the route, the one the server's start-up
// registers (lib/server-start.ts) and the server's lookup all meet in one map.
export type FetchHandler = (request: Request) => Promise<Response>;

/** "<METHOD> <pathname>" of each route answered directly. */
export type DirectRouteKey = "POST /api/v1/events";

const KEY = Symbol.for("ticketflow.directRoutes");
const registry = globalThis as unknown as { [KEY]?: Map<string, FetchHandler> };

function routes(): Map<string, FetchHandler> {
  registry[KEY] ??= new Map();
  return registry[KEY];
}

/** The route's handler, created once per process (the first caller's `create` wins). */
export function directRoute(key: DirectRouteKey, create: () => FetchHandler): FetchHandler {
  const known = routes().get(key);
  if (known) return known;
  const handler = create();
  routes().set(key, handler);
  return handler;
}

/** The registered handler for a request line, if the server answers it directly. */
export function findDirectRoute(method: string | undefined, pathname: string): FetchHandler | undefined {
  return routes().get(`${method} ${pathname}`);
}
