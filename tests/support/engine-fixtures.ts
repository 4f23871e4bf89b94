// Fixtures for the engine, events and tickets API tests: the seeded pipelines and channels,
// fresh tickets with an origin thread, and counts of every table a change may write.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { newId } from "@/lib/db/ids";

type PipelineName = "Support Pipeline" | "Billing & Refunds";

export async function seededPipeline(name: PipelineName = "Support Pipeline") {
  const pipeline = await db.pipeline.findFirstOrThrow({
    where: { name },
    select: { id: true, statuses: { orderBy: { displayOrder: "asc" }, select: { id: true, label: true } } },
  });
  const status = (label: string) => pipeline.statuses.find((s) => s.label === label)!.id;
  return { id: pipeline.id, status };
}

export async function channelNamed(name: string) {
  return db.channel.findFirstOrThrow({ where: { name }, select: { id: true, pipelineId: true, statusId: true } });
}

export const unique = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export interface TicketFixture {
  id: string;
  contactId: string;
  contactEmail: string;
  threadId: string;
  threadKey: string;
}

/** A ticket in `statusLabel` with a contact and the thread it was created from. */
export async function aTicket(
  statusLabel = "New",
  overrides: Partial<Prisma.TicketUncheckedCreateInput> = {},
  pipelineName: PipelineName = "Support Pipeline",
): Promise<TicketFixture> {
  const pipeline = await seededPipeline(pipelineName);
  const contactEmail = `${unique("contact")}@customer.example`;
  const contact = await db.contact.create({ data: { id: newId(), email: contactEmail, name: "Casey Contact" } });
  const threadKey = unique("thread");
  const thread = await db.thread.create({ data: { id: newId(), threadKey, contactId: contact.id } });
  const ticket = await db.ticket.create({
    data: {
      id: newId(),
      subject: "Fixture ticket",
      pipelineId: pipeline.id,
      statusId: pipeline.status(statusLabel),
      source: "EMAIL",
      contactId: contact.id,
      originThreadId: thread.id,
      ...overrides,
    },
  });
  await db.thread.update({ where: { id: thread.id }, data: { ticketId: ticket.id } });
  return { id: ticket.id, contactId: contact.id, contactEmail, threadId: thread.id, threadKey };
}

/** Row counts of everything a ticket change can write: equal before and after = nothing written. */
export async function rowCounts() {
  const [tickets, timeline, enrollments, jobs, messages, threads, contacts, events] = await Promise.all([
    db.ticket.count(),
    db.timelineEntry.count(),
    db.workflowEnrollment.count(),
    db.job.count(),
    db.message.count(),
    db.thread.count(),
    db.contact.count(),
    db.ingestedEvent.count(),
  ]);
  return { tickets, timeline, enrollments, jobs, messages, threads, contacts, events };
}

export async function ticketRow(id: string) {
  return db.ticket.findUniqueOrThrow({ where: { id } });
}

export function jobsOf(ticketId: string) {
  return db.job.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } });
}

export function timelineOf(ticketId: string) {
  return db.timelineEntry.findMany({ where: { ticketId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
