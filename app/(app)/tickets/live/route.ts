import { liveTicketEvents } from "@/lib/live/ticket-events-route";

/** GET /tickets/live?pipelineId | ?ticketId: server-sent events naming the tickets that changed. */
export const GET = liveTicketEvents;
export const dynamic = "force-dynamic";
