// "Send email" to the ticket's contact from a template (SPEC §5): the built-in "Ticket
// received" / "Ticket closed" or a custom automated email. Transactional templates always go;
// a non-transactional one only to a marketing contact, otherwise skipped with the reason. A custom
// email counts as transactional only while the account has the Transactional email add-on.
// Sent once per (enrolment, action), threaded to the ticket's thread, and recorded on it; a
// ticket without one gets a thread started by this email (ticket-thread.ts).
import "server-only";
import { sendMail } from "@/lib/mail";
import { automatedEmailRefusal } from "@/lib/mail/loop-guard";
import { renderSubject, renderText } from "@/lib/templates/render";
import { loadEmailContext } from "@/lib/workflows/run/email-context";
import { loadEmailTemplate } from "./email-template";
import { recordOutboundMessage } from "./outbound-message";
import { skipped, type ActionHandler } from "@/lib/workflows/run/step-context";
import { readsFor } from "@/lib/workflows/run/step-reads";
import { stepTemplateView } from "@/lib/workflows/run/step-view";
import { emailSentInStep } from "@/lib/workflows/run/ticket-change";
import { startTicketThread } from "./ticket-thread";

export const sendEmail: ActionHandler<"send_email"> = async (action, step) => {
  const { ticket, account } = step.state;
  const { contact } = ticket;
  // The template and the loop guard are read side by side (a person waits on this email); the
  // reasons to skip are still given in the order below.
  const [template, refusal] = await Promise.all([
    loadEmailTemplate(step.jobs.handle.sql, action.template),
    contact
      ? automatedEmailRefusal(step.jobs.handle.sql, {
          contactEmail: contact.email,
          causeEventId: step.job.payload.causeEventId,
          now: step.now,
        })
      : null,
  ]);
  if (!template)
    return skipped(`Skipped: the email template "${action.template}" no longer exists.`, {
      reason: "template_missing",
    });
  const named = { templateId: template.id, template: template.name };
  if (!contact)
    return skipped(`Skipped "${template.name}": the ticket has no contact.`, { reason: "no_contact", ...named });
  if (!template.transactional && !contact.marketingContact) {
    const why = template.addonMissing
      ? "the email is marked transactional, but the account has no Transactional email add-on"
      : "the email is not transactional";
    return skipped(`Skipped "${template.name}": ${contact.email} is not a marketing contact, and ${why}.`, {
      reason: "not_marketing_contact",
      to: contact.email,
      ...named,
    });
  }
  if (refusal) {
    return skipped(`Skipped "${template.name}" to ${contact.email}: ${refusal}.`, {
      reason: "mail_loop_guard",
      to: contact.email,
      ...named,
    });
  }
  const view = stepTemplateView(step);
  const subject = renderSubject(template.subject, view);
  const text = renderText(template.body, view).text;
  const context = await loadEmailContext(step.jobs.handle.sql, ticket, account.name, readsFor(step)?.emailContext);
  const sent = await sendMail(
    {
      to: contact.email,
      from: context.from,
      subject: subject.text,
      text,
      inReplyTo: context.thread?.inReplyTo ?? undefined,
      references: context.thread?.references.length ? context.thread.references : undefined,
      ticketId: ticket.id,
      jobId: step.job.id,
      idempotencyKey: step.effectKey,
      automated: true,
    },
    { handle: step.jobs.handle },
  );
  return {
    commit: async (tx) => {
      // A ticket without a thread (made by hand) gets one: the contact's reply threads back to it.
      const threadId =
        context.thread?.id ??
        (await startTicketThread(tx, {
          ticketId: ticket.id,
          contactId: contact.id,
          messageId: sent.messageId,
          subject: subject.text,
          at: step.now,
        }));
      await recordOutboundMessage(tx, {
        threadId,
        messageId: sent.messageId,
        inReplyTo: context.thread?.inReplyTo ?? null,
        fromAddress: context.fromAddress,
        fromName: context.fromName,
        to: contact.email,
        subject: subject.text,
        text,
        at: step.now,
      });
      if (!context.thread) await emailSentInStep(tx, step, threadId);
      return {
        result: "sent",
        summary: `Email "${template.name}" sent to ${contact.email}.`,
        detail: {
          to: contact.email,
          subject: subject.text,
          messageId: sent.messageId,
          transport: sent.transport,
          ...named,
        },
      };
    },
  };
};
