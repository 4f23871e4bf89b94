// POST /api/v1/events: ingest one signed event (DESIGN.md "Public HTTP API"). The production
// server answers this path with the same function without going through Next
// (lib/events/events-route.ts); Next serves it under `next dev` and in tests.
import { eventsPost } from "@/lib/events/events-route";

export const POST = eventsPost;
