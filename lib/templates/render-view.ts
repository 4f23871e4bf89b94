// What the template tokens see: the ticket, its contact and the account, as display text
// ("High", not "HIGH"; the owner's name, not an id). Every token is always present (an unknown
// value is ""), because templates compile in strict mode, where a missing field throws.
export interface TemplateFacts {
  ticket: {
    id: string;
    subject: string;
    description: string;
    priority: string;
    statusLabel: string;
    pipelineName: string;
    ownerName: string | null;
  };
  contact: { name: string | null; email: string } | null;
  accountName: string;
}

export interface TemplateView {
  ticket: {
    id: string;
    subject: string;
    description: string;
    priority: string;
    status: string;
    pipeline: string;
    owner: string;
  };
  contact: { name: string; email: string };
  account: { name: string };
}

function displayPriority(priority: string): string {
  return priority.charAt(0).toUpperCase() + priority.slice(1).toLowerCase();
}

export function templateView(facts: TemplateFacts): TemplateView {
  const { ticket, contact } = facts;
  return {
    ticket: {
      id: ticket.id,
      subject: ticket.subject,
      description: ticket.description,
      priority: displayPriority(ticket.priority),
      status: ticket.statusLabel,
      pipeline: ticket.pipelineName,
      owner: ticket.ownerName ?? "",
    },
    contact: { name: contact?.name ?? "", email: contact?.email ?? "" },
    account: { name: facts.accountName },
  };
}

/** Marks a whole record that a template printed ("{{ticket}}"), which names no field. */
export const RECORD_MARK = "\u0000record\u0000";

/** A record without Object.prototype, so in strict mode "{{ticket.constructor}}" names nothing. */
function bare<T extends object>(fields: T): T {
  const record = Object.assign(Object.create(null) as T, fields);
  return Object.defineProperty(record, Symbol.toPrimitive, { value: () => RECORD_MARK });
}

/** Every token filled in, no inherited names: what a template is checked against when saved. */
export function sampleTemplateView(): TemplateView {
  const view = templateView({
    ticket: {
      id: "1",
      subject: "Subject",
      description: "Description",
      priority: "MEDIUM",
      statusLabel: "New",
      pipelineName: "Pipeline",
      ownerName: "Owner",
    },
    contact: { name: "Name", email: "name@example.com" },
    accountName: "Account",
  });
  return bare({ ticket: bare(view.ticket), contact: bare(view.contact), account: bare(view.account) });
}
