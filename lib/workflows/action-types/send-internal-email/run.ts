// "Send internal email notification" (SPEC §5): to chosen users, teams' members and/or the
// ticket's owner, subject and body with ticket tokens. One email per recipient, each keyed by
// (enrolment, action, recipient): a retried step re-sends only what did not go out.
import "server-only";
import { sendMail } from "@/lib/mail";
import { renderSubject, renderText } from "@/lib/templates/render";
import { loadEmailContext } from "@/lib/workflows/run/email-context";
import { internalRecipients } from "./recipients";
import { settled, skipped, type ActionHandler } from "@/lib/workflows/run/step-context";
import { readsFor } from "@/lib/workflows/run/step-reads";
import { stepTemplateView } from "@/lib/workflows/run/step-view";

export const sendInternalEmail: ActionHandler<"send_internal_email"> = async (action, step) => {
  const { ticket, account } = step.state;
  const sql = step.jobs.handle.sql;
  const reads = readsFor(step);
  const recipients = reads?.recipients ?? (await internalRecipients(sql, action.to, ticket.ownerId));
  if (recipients.length === 0) {
    const ownerOnly = action.to.owner && action.to.userIds.length === 0 && action.to.teamIds.length === 0;
    return skipped(
      ownerOnly && !ticket.ownerId
        ? "Skipped: the ticket has no owner to notify."
        : "Skipped: no active user among the recipients.",
      { reason: "no_recipients" },
    );
  }
  const view = stepTemplateView(step);
  const subject = renderSubject(action.subject, view);
  const body = renderText(action.body, view);
  const { from } = await loadEmailContext(sql, ticket, account.name, reads?.emailContext);
  for (const recipient of recipients) {
    await sendMail(
      {
        to: recipient.email,
        from,
        subject: subject.text,
        text: body.text,
        ticketId: ticket.id,
        jobId: step.job.id,
        idempotencyKey: `${step.effectKey}:${recipient.id}`,
        automated: true,
      },
      { handle: step.jobs.handle },
    );
  }
  const names = recipients.map((r) => r.name).join(", ");
  return settled({
    result: "sent",
    summary: `Internal notification "${subject.text}" sent to ${names}.`,
    detail: {
      recipients: recipients.map((r) => r.email),
      subject: subject.text,
      malformedTemplate: subject.malformed || body.malformed,
    },
  });
};
