// GET /api/v1/outbox in the OpenAPI document; the query is the handler's own ZOutboxQuery.
import { z } from "zod";
import { ZOutboxQuery } from "@/lib/mail/schemas";
import type { ApiOperation } from "./operation";

export const ZOutboxEmail = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  messageId: z.string(),
  inReplyTo: z.string().nullable(),
  transport: z.string().describe('"smtp" (SMTP_URL) or "capture" (the embedded transport).'),
  ticketId: z.string().nullable(),
  jobId: z.string().nullable(),
});

export const OUTBOX_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/outbox",
    operationId: "listOutbox",
    tag: "Mail",
    summary: "The emails handed to the mail transport, newest first",
    permission: "outbox.view",
    query: ZOutboxQuery,
    response: { status: 200, description: "The emails.", schema: z.array(ZOutboxEmail) },
  },
];
