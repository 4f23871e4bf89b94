// A status's state (open or closed) and its label, free of zod: the Statuses page's rows and
// selects name them without the schemas (issue 15 item 8: first-load JS).
export const TICKET_STATES = ["OPEN", "CLOSED"] as const;
export type TicketStateName = (typeof TICKET_STATES)[number];
export const TICKET_STATE_LABEL: Record<TicketStateName, string> = { OPEN: "Open", CLOSED: "Closed" };
