// A ticket with a contact and the email thread it came from, in a seeded pipeline; the
// deliver_email jobs run to the Outbox; what an email left behind on a ticket.
import crypto from "node:crypto";
import { db, dbHandle } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs";
import { jobHandlers } from "@/lib/job-handlers";
import { pipelineNamed } from "../support/automate";
import { newId } from "@/lib/db/ids";

export async function ticketWithThread(pipelineName: "Support Pipeline" | "Billing & Refunds", statusLabel: string) {
  const pipeline = await pipelineNamed(pipelineName);
  const contact = await db.contact.create({
    data: { id: newId(), email: `${crypto.randomUUID()}@customer.example`, name: "Casey Customer" },
  });
  const thread = await db.thread.create({
    data: {
      id: newId(),
      threadKey: `<${crypto.randomUUID()}@customer.example>`,
      subject: "Help",
      contactId: contact.id,
    },
  });
  await db.message.create({
    data: {
      id: newId(),
      threadId: thread.id,
      messageId: thread.threadKey,
      direction: "INBOUND",
      fromEmail: contact.email,
      subject: "Help",
      text: "Please help",
    },
  });
  const ticket = await db.ticket.create({
    data: {
      id: newId(),
      subject: "Help",
      pipelineId: pipeline.id,
      statusId: pipeline.status(statusLabel),
      source: "EMAIL",
      contactId: contact.id,
      originThreadId: thread.id,
    },
  });
  await db.thread.update({ where: { id: thread.id }, data: { ticketId: ticket.id } });
  return { ticket, contact, thread, pipeline };
}

export const sendKey = () => crypto.randomUUID();

export async function deliverQueuedEmails() {
  return runDueJobs({ handle: dbHandle(), handlers: jobHandlers });
}

export async function ticketState(id: string) {
  const row = await db.ticket.findUniqueOrThrow({
    where: { id },
    select: { statusId: true, version: true, closeDate: true },
  });
  const statusEntries = await db.timelineEntry.count({ where: { ticketId: id, kind: "status_changed" } });
  return { ...row, statusEntries };
}

export function outgoingMessages(ticketId: string) {
  return db.message.findMany({
    where: { thread: { ticketId }, direction: "OUTBOUND" },
    select: {
      messageId: true,
      sentFrom: true,
      threadId: true,
      fromEmail: true,
      toEmail: true,
      subject: true,
      forwarded: true,
    },
  });
}
