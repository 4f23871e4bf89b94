// GET /api/v1/outbox?limit=&ticketId= — the emails handed to the mail transport, newest first
// (DESIGN.md "Public HTTP API"). Admins only (policy "outbox.view").
import { apiRoute } from "@/lib/api/api-route";
import { listOutbox } from "@/lib/mail/outbox";
import { toOutboxDto } from "@/lib/mail/outbox-query";
import { ZOutboxQuery } from "@/lib/mail/schemas";

export const GET = apiRoute({ permission: "outbox.view", query: ZOutboxQuery }, async ({ query }) =>
  (await listOutbox(query)).map(toOutboxDto),
);
