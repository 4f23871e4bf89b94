// POST /api/v1/events: ingest one signed event (DESIGN.md "Public HTTP API").
import { eventsEndpoint } from "@/lib/events/events-endpoint";

export const POST = eventsEndpoint();
