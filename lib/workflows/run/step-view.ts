// The template tokens' view of the step's ticket (lib/templates/render-view.ts).
import { templateView, type TemplateView } from "@/lib/templates/render-view";
import type { StepContext } from "./step-context";

export function stepTemplateView(step: StepContext): TemplateView {
  const { ticket, account } = step.state;
  return templateView({
    ticket: {
      id: ticket.id,
      subject: ticket.subject,
      description: ticket.description,
      priority: ticket.priority,
      statusLabel: ticket.statusLabel,
      pipelineName: ticket.pipelineName,
      ownerName: ticket.ownerName,
    },
    contact: ticket.contact,
    accountName: account.name,
  });
}
