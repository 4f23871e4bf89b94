// The handler of POST /api/v1/events, one function per process: app/api/v1/events/route.ts
// exports it to Next, and the production server answers the path with it directly
// (lib/http/direct-routes.ts, scripts/server.ts). Registered at start-up (lib/server-start.ts).
import "server-only";
import { directRoute } from "@/lib/http/direct-routes";
import { eventsEndpoint } from "./events-endpoint";

export const eventsPost = directRoute("POST", "/api/v1/events", () => eventsEndpoint());
