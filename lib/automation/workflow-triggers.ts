// The workflow editor's triggers other than "ticket reaches a status" (issue 6): a ticket is
// created, an email is sent to the contact from the ticket record, the contact replies on the
// ticket's thread. Every enabled custom workflow of the ticket's pipeline with that trigger
// enrols the ticket, unless it says no for the same reasons a status's workflows do
// (status-actions.ts: no actions, chat/Messenger not opted in, filters, re-enrollment off).
// A turned-off custom workflow is a draft: it is passed over in silence, so drafts do not
// write a "did not run" line on every new ticket. What counts as each happening is decided
// in email-triggers.ts.
import { attributionOf, type Attribution } from "./attribution";
import type { Effect } from "./effects";
import { isCustomerReply, notSentFromTicketRecord } from "./email-triggers";
import { causeDepth, type EmailSent, type MessageReceived } from "./happenings";
import { skipReason, type EnrollableTicket } from "./status-actions";
import { withTimeline } from "./timeline";
import type { EventTrigger, PipelineSnapshot, TicketSnapshot } from "./types";

/** Enrol/skip effects, each with its timeline entry, for the pipeline's workflows with `trigger`. */
export function triggerEnrollments(
  ticket: EnrollableTicket,
  pipeline: PipelineSnapshot,
  trigger: EventTrigger,
  by: Attribution,
): Effect[] {
  const effects = pipeline.triggerWorkflows
    .filter((workflow) => workflow.trigger === trigger && workflow.enabled)
    .map((workflow): Effect => {
      const base = { workflowId: workflow.workflowId, workflowName: workflow.name, trigger, statusId: null };
      const reason = skipReason(ticket, workflow);
      return reason === null
        ? { type: "enroll", ...base, depth: by.depth }
        : { type: "skip_enrollment", ...base, reason };
    });
  return withTimeline(effects, pipeline, by);
}

/** Workflows start one level deeper than what set them off, credited to the same person or event. */
function attributionFor(happening: EmailSent | MessageReceived): Attribution {
  return attributionOf(happening.cause, null, causeDepth(happening.cause) + 1);
}

/** "An email is sent to a customer from the ticket record": the same emails as trigger A. */
export function emailSentEnrollments(ticket: TicketSnapshot, pipeline: PipelineSnapshot, email: EmailSent): Effect[] {
  if (notSentFromTicketRecord(email) !== null) return [];
  return triggerEnrollments(ticket, pipeline, "EMAIL_SENT_FROM_TICKET", attributionFor(email));
}

/** "A customer replies to an email": the contact's reply on the ticket's thread. */
export function customerReplyEnrollments(
  ticket: TicketSnapshot,
  pipeline: PipelineSnapshot,
  message: MessageReceived,
): Effect[] {
  if (!isCustomerReply(ticket, message)) return [];
  return triggerEnrollments(ticket, pipeline, "CUSTOMER_REPLY", attributionFor(message));
}
