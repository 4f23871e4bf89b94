// POST /api/v1/tickets/:id/dry-run { event } — what the event would do; nothing is written.
import { apiRoute } from "@/lib/api/api-route";
import { dryRunTicket } from "@/lib/automate/dry-run";
import { ZDryRunBody } from "@/lib/automate/dry-run-schema";

export const POST = apiRoute<{ id: string }, typeof ZDryRunBody>(
  { permission: "tickets.dryRun", body: ZDryRunBody },
  ({ user, body, params }) => dryRunTicket(params.id, body.event, user),
);
