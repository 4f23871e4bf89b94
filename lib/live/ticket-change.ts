/** One changed ticket, as the live stream (GET /tickets/live) names it. No server imports: the browser uses it too. */
export interface TicketChange {
  id: string;
  pipelineId: string;
  version: number;
}
