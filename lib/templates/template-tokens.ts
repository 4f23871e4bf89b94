// The ticket tokens an internal notification or an automated email may use, e.g.
// "{{ticket.subject}}". What the editors offer; the renderer replaces exactly these.
export const TEMPLATE_TOKENS = [
  { token: "{{ticket.subject}}", label: "Ticket name" },
  { token: "{{ticket.id}}", label: "Ticket ID" },
  { token: "{{ticket.priority}}", label: "Priority" },
  { token: "{{ticket.status}}", label: "Status" },
  { token: "{{ticket.pipeline}}", label: "Pipeline" },
  { token: "{{ticket.owner}}", label: "Ticket owner" },
  { token: "{{contact.name}}", label: "Contact name" },
  { token: "{{contact.email}}", label: "Contact email" },
  { token: "{{account.name}}", label: "Account name" },
] as const;
