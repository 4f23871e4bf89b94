// The tickets API in the OpenAPI document: list, get, patch, timeline, dry run. The request
// schemas are the handlers' own (lib/tickets/schemas.ts, lib/automate/dry-run-schema.ts).
import { z } from "zod";
import { Priority, TicketSource } from "@/generated/prisma/enums";
import { ZDryRunBody } from "@/lib/automate/dry-run-schema";
import { ZListTicketsQuery, ZUpdateTicket } from "@/lib/tickets/schemas";
import { ZEffect } from "./events";
import type { ApiOperation } from "./operation";
import { SLA_STATUSES } from "@/lib/sla/sla-status";

const ZDateTime = z.iso.datetime();

const ZSlaTarget = z.object({
  dueAt: ZDateTime.nullable().describe("When the target is due (null: no target on this ticket)."),
  metAt: ZDateTime.nullable().describe(
    "When it was met: the first email to the contact from the ticket record, or entering a closed status.",
  ),
  status: z
    .enum(SLA_STATUSES)
    .describe(
      "none, pending, due_soon (the last 20 % of the target), overdue, met (in time) or missed (met late, or the ticket closed after its first reply was overdue).",
    ),
});

export const ZTicket = z.object({
  id: z.string(),
  subject: z.string().describe("The ticket's name."),
  description: z.string(),
  pipelineId: z.string(),
  statusId: z.string(),
  priority: z.enum(Priority),
  source: z.enum(TicketSource),
  ownerId: z.string().nullable(),
  contactId: z.string().nullable(),
  channelId: z.string().nullable(),
  originThreadId: z
    .string()
    .nullable()
    .describe("The thread the ticket was created from (trigger B counts replies there)."),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  closeDate: z.iso.date().nullable().describe("A calendar date in the account's time zone."),
  closeDateSetBy: z.string().nullable().describe('"automation", "user" or "api".'),
  lastStatusChangeAt: ZDateTime,
  reopenedAt: ZDateTime.nullable(),
  timeToCloseMs: z.number().int().nullable().describe("From creation to the first entry into a closed status."),
  closedAt: ZDateTime.nullable().describe("The last time the ticket entered a closed status."),
  followUpOfId: z
    .string()
    .nullable()
    .describe("The closed ticket a contact's late reply followed up on (the pipeline's reopen window)."),
  followUpIds: z.array(z.string()).describe("Follow-up tickets opened from this one by late replies, oldest first."),
  sla: z
    .object({ firstReply: ZSlaTarget, close: ZSlaTarget })
    .describe("The ticket's SLA (the targets of its pipeline when it was created; a reopen restarts close)."),
  version: z.number().int().min(1).describe("Send it back with a PATCH: a stale one is refused with 409."),
});

export const ZTimelineEntry = z.object({
  id: z.string(),
  kind: z.string().describe("e.g. status_changed, close_date_set, reopened, workflow_enrolled, job_failed"),
  summary: z
    .string()
    .describe('The sentence the ticket record shows, e.g. "Status changed from \\"New\\" to \\"Closed\\"".'),
  detail: z.unknown().describe("Machine-readable detail of the entry, by kind."),
  ruleName: z.string().nullable().describe("The rule (e.g. customer_reply_trigger) or the workflow's name."),
  eventId: z.string().nullable().describe("The triggering event's id."),
  jobId: z.string().nullable(),
  depth: z.number().int().describe("How deep in automation (the loop guard's measure); 0 for a person or an event."),
  createdAt: ZDateTime,
  actor: z.discriminatedUnion("type", [
    z.object({ type: z.literal("user"), id: z.string(), name: z.string().nullable() }),
    z.object({ type: z.literal("event"), eventId: z.string() }),
    z.object({ type: z.literal("automation"), ruleName: z.string() }),
    z.object({ type: z.literal("system") }),
  ]),
});

const ZSnapshot = z.looseObject({ id: z.string(), statusId: z.string() }).describe("The ticket as the engine sees it.");

export const ZDryRunResult = z.discriminatedUnion("ok", [
  z.object({
    ticketId: z.string(),
    ok: z.literal(true),
    before: ZSnapshot,
    after: ZSnapshot,
    effects: z.array(ZEffect),
    wouldRun: z.array(
      z.object({
        workflowId: z.string(),
        workflowName: z.string(),
        trigger: z.string(),
        statusId: z.string().nullable(),
        actions: z.array(z.object({ id: z.string(), type: z.string(), description: z.string() })),
      }),
    ),
    timers: z
      .array(
        z.object({
          workflowId: z.string(),
          workflowName: z.string(),
          trigger: z.enum(["STATUS_DURATION", "SLA_DUE_SOON", "SLA_OVERDUE"]),
          dueAt: z
            .string()
            .nullable()
            .describe("When it would fire (ISO 8601); null if the business hours never open."),
          dueAtLocal: z.string().nullable().describe("dueAt in the account's time zone."),
          state: z.enum(["would_start", "pending", "would_cancel"]),
          verdict: z.string().describe("What would happen at dueAt: the enrolment's timeline line, or why not."),
        }),
      )
      .describe("Time triggers (SPEC §9): timers the event would start, and the ticket's pending ones."),
  }),
  z.object({
    ticketId: z.string(),
    ok: z.literal(false),
    refusal: z.object({ code: z.string(), message: z.string() }).describe("Why the change would be refused."),
    before: ZSnapshot,
  }),
]);

export const TICKET_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/tickets",
    operationId: "listTickets",
    tag: "Tickets",
    summary: "Tickets, newest first, optionally of one pipeline and status",
    description:
      'A page of `limit` tickets. When there are more, `X-Next-Cursor` and `Link: <…>; rel="next"` say how to get them.',
    permission: "tickets.view",
    query: ZListTicketsQuery,
    response: {
      status: 200,
      description: "A page of tickets.",
      schema: z.array(ZTicket),
      headers: {
        "X-Next-Cursor": {
          description: "Send it as `cursor` for the next page; absent on the last page.",
          schema: z.string(),
        },
        Link: { description: 'The next page\'s URL, `<…>; rel="next"`; absent on the last page.', schema: z.string() },
      },
    },
    errors: { 404: "The pipeline or status filtered on does not exist." },
  },
  {
    method: "get",
    path: "/api/v1/tickets/{id}",
    operationId: "getTicket",
    tag: "Tickets",
    summary: "One ticket with every property",
    permission: "tickets.view",
    response: { status: 200, description: "The ticket.", schema: ZTicket },
  },
  {
    method: "patch",
    path: "/api/v1/tickets/{id}",
    operationId: "updateTicket",
    tag: "Tickets",
    summary: "Change a ticket's status, owner or priority, through the automation engine",
    description: [
      "A status change runs the same rules as a move on the board (close date, status actions, workflows) and",
      "needs the `tickets.move` permission too. Priority is accepted in either case (`high` or `HIGH`).",
    ].join("\n"),
    permission: "tickets.edit",
    body: ZUpdateTicket,
    response: { status: 200, description: "The ticket after the change.", schema: ZTicket },
    errors: {
      409: "`version` is not the current one, or the move is refused (e.g. a status of another pipeline).",
    },
  },
  {
    method: "get",
    path: "/api/v1/tickets/{id}/timeline",
    operationId: "getTicketTimeline",
    tag: "Tickets",
    summary: "What happened to the ticket and why, newest first (at most 500 entries)",
    permission: "tickets.view",
    response: { status: 200, description: "The timeline.", schema: z.array(ZTimelineEntry) },
  },
  {
    method: "post",
    path: "/api/v1/tickets/{id}/dry-run",
    operationId: "dryRunTicket",
    tag: "Tickets",
    summary: "What an event would do to the ticket; nothing is written",
    description: [
      "The events `POST /api/v1/events` accepts, about this ticket (the thread defaults to the one it was created",
      "from, the sender to its contact), and `ticket.updated` for what a PATCH would do.",
    ].join("\n"),
    permission: "tickets.dryRun",
    body: ZDryRunBody,
    response: { status: 200, description: "The effects that would happen, or the refusal.", schema: ZDryRunResult },
  },
];
