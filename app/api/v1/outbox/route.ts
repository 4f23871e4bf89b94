// GET /api/v1/outbox?limit=&ticketId= — the emails handed to the mail transport, newest first
// (DESIGN.md "Public HTTP API"). Admins only (policy "outbox.view").
import { apiRoute } from "@/lib/api/api-route";
import { listOutbox } from "@/lib/mail/outbox";
import { toOutboxDto, ZOutboxQuery } from "@/lib/mail/outbox-query";

export const GET = apiRoute({ permission: "outbox.view" }, async ({ request }) => {
  const query = ZOutboxQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return (await listOutbox(query)).map(toOutboxDto);
});
