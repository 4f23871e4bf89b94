// What the template tokens see: the ticket, its contact and the account, as display text
// ("High", not "HIGH"; the owner's name, not an id). Missing values are left out, so they
// render empty.
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
    owner?: string;
  };
  contact: { name?: string; email?: string };
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
      ...(ticket.ownerName ? { owner: ticket.ownerName } : {}),
    },
    contact: contact ? { ...(contact.name ? { name: contact.name } : {}), email: contact.email } : {},
    account: { name: facts.accountName },
  };
}
