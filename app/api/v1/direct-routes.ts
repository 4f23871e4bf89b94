// The public API's routes the production server answers itself, outside Next's request pipeline
// (lib/http/direct-routes.ts, scripts/server.ts): every /api/v1 route file's handlers, under the
// route's path. Next serves the same handlers under `next dev` and in tests; a path or method
// not listed here (e.g. HEAD, a trailing slash) falls through to Next, which answers as before.
// Registered at start-up (instrumentation.ts); tests/integration/api-direct-routes.test.ts checks
// that every route file is listed.
import { registerDirectRoute, type FetchHandler } from "@/lib/http/direct-routes";
import * as businessHours from "./business-hours/route";
import * as channels from "./channels/route";
import * as openApi from "./openapi.json/route";
import * as outbox from "./outbox/route";
import * as automation from "./pipelines/[id]/automation/route";
import * as pipelines from "./pipelines/route";
import * as dryRun from "./tickets/[id]/dry-run/route";
import * as ticket from "./tickets/[id]/route";
import * as timeline from "./tickets/[id]/timeline/route";
import * as tickets from "./tickets/route";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Each route file's module under its path ("[id]" written ":id"). POST /api/v1/events registers
 *  itself (lib/events/events-route.ts). */
export const API_ROUTE_FILES: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>> = {
  "/api/v1/business-hours": businessHours,
  "/api/v1/channels": channels,
  "/api/v1/openapi.json": openApi,
  "/api/v1/outbox": outbox,
  "/api/v1/pipelines": pipelines,
  "/api/v1/pipelines/:id/automation": automation,
  "/api/v1/tickets": tickets,
  "/api/v1/tickets/:id": ticket,
  "/api/v1/tickets/:id/dry-run": dryRun,
  "/api/v1/tickets/:id/timeline": timeline,
};

export function registerApiRoutes(): void {
  for (const [pattern, module] of Object.entries(API_ROUTE_FILES)) {
    for (const method of METHODS) {
      const handler = module[method];
      if (typeof handler === "function") registerDirectRoute(method, pattern, handler as FetchHandler);
    }
  }
}
