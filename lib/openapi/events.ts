// POST /api/v1/events in the OpenAPI document: the body is the handler's own ZEvent.
import { z } from "zod";
import { ZEvent } from "@/lib/events/schemas";
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from "@/lib/events/signature";
import type { ApiOperation } from "./operation";

/** An effect as the engine reports it: its `type` and the fields of that type. */
export const ZEffect = z
  .looseObject({ type: z.string().describe("e.g. set_status, set_close_date, enroll, timeline, keep_status") })
  .describe("One effect of the engine's decision (lib/automation/effects.ts).");

export const ZEventResult = z.object({
  eventId: z.string().describe("The event's `id`, as sent."),
  duplicate: z.boolean().describe("true when this id was processed before: the first result, nothing applied twice."),
  ticketId: z.string().nullable().describe("The ticket the event created or changed; null when none."),
  effects: z.array(ZEffect),
});

export const EVENT_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/events",
    operationId: "ingestEvent",
    tag: "Events",
    summary: "Ingest one signed event",
    description: [
      `Signed with \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\`, where v1 = HMAC-SHA256(key = the server's`,
      "`EVENTS_SECRET`, message = `<t>.<raw body>`); refused (401) when |now − t| > " +
        `${SIGNATURE_TOLERANCE_SECONDS} s, when no v1 matches, or when the server has no EVENTS_SECRET.`,
      "Several `v1=` entries may be sent while a secret rotates. No API key is needed.",
      "",
      "Processed synchronously. The same `id` again answers 200 with the first result and `duplicate: true`;",
      "nothing is applied twice. A refused event (4xx) is not recorded and may be sent again once fixed.",
    ].join("\n"),
    permission: null,
    body: ZEvent,
    response: { status: 200, description: "The event was applied (or had been).", schema: ZEventResult },
    errors: {
      400: "Not a valid event, or an id inside it (channel, ticket) does not exist: `issues` has the path.",
      401: "Unsigned, a wrong or stale signature, or EVENTS_SECRET is not set on the server.",
      409: "The `messageId` was already recorded by another event.",
    },
  },
];
