// A new pipeline starts like the fresh install's Support Pipeline (SPEC §1).
import type { TicketStateName } from "./schemas";

export const DEFAULT_STATUSES: readonly { label: string; state: TicketStateName }[] = [
  { label: "New", state: "OPEN" },
  { label: "Waiting on contact", state: "OPEN" },
  { label: "Waiting on us", state: "OPEN" },
  { label: "Closed", state: "CLOSED" },
];
