import type { WorkflowTrigger } from "@/generated/prisma/enums";

/** What enrols tickets in a workflow, as the Workflows screens say it. */
export const TRIGGER_LABEL: Record<WorkflowTrigger, string> = {
  STATUS_ENTERED: "Ticket reaches a status",
  EMAIL_SENT_FROM_TICKET: "An email is sent to a customer from the ticket record",
  CUSTOMER_REPLY: "A customer replies to an email",
  TICKET_CREATED: "Ticket created",
  STATUS_DURATION: "Ticket has been in a status for a time",
  SLA_DUE_SOON: "SLA is due soon",
  SLA_OVERDUE: "SLA is overdue",
};
