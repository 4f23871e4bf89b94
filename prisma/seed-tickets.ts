// Demo tickets spread over every status, each with the email thread it came from.
import type { Prisma } from "@/generated/prisma/client";
import { SUBJECTS } from "./seed-data";
import type { Tx } from "@/lib/db/tx";
import { newId } from "@/lib/db/ids";

interface SeedPipeline {
  id: string;
  statuses: { id: string; state: "OPEN" | "CLOSED" }[];
}

// Deterministic so demo data looks the same on every machine.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRIORITIES = ["LOW", "MEDIUM", "MEDIUM", "HIGH", "URGENT"] as const;
const SOURCES = ["EMAIL", "EMAIL", "EMAIL", "CHAT", "FORM", "PHONE"] as const;
const DAY = 86_400_000;

export async function seedTickets(
  tx: Tx,
  input: { pipelines: SeedPipeline[]; count: number; agentIds: string[] },
): Promise<void> {
  const random = mulberry32(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const contacts = await tx.contact.findMany({ select: { id: true, email: true, name: true } });
  const channels = await tx.channel.findMany({
    where: { createsTickets: true },
    select: { id: true, pipelineId: true },
  });
  const now = Date.now();
  const tickets: Prisma.TicketCreateManyInput[] = [];
  const threads: Prisma.ThreadCreateManyInput[] = [];
  const messages: Prisma.MessageCreateManyInput[] = [];
  const timeline: Prisma.TimelineEntryCreateManyInput[] = [];

  for (let i = 0; i < input.count; i++) {
    const pipeline = i % 4 === 3 ? input.pipelines[1]! : input.pipelines[0]!;
    const status = pick(pipeline.statuses);
    const contact = pick(contacts);
    const createdAt = new Date(now - Math.floor(random() * 30 * DAY));
    const ticketId = newId();
    const threadId = newId();
    const subject = pick(SUBJECTS);
    const closed = status.state === "CLOSED";
    const closedAt = new Date(Math.min(now, createdAt.getTime() + Math.floor(random() * 5 * DAY)));
    tickets.push({
      id: ticketId,
      subject,
      description: `${contact.name} wrote in about: ${subject.toLowerCase()}.`,
      pipelineId: pipeline.id,
      statusId: status.id,
      priority: pick(PRIORITIES),
      source: pick(SOURCES),
      ownerId: random() < 0.8 ? pick(input.agentIds) : null,
      contactId: contact.id,
      channelId: channels.find((c) => c.pipelineId === pipeline.id)?.id ?? null,
      originThreadId: threadId,
      createdAt,
      lastStatusChangeAt: closed ? closedAt : createdAt,
      closeDate: closed ? new Date(closedAt.toISOString().slice(0, 10)) : null,
      closeDateSetBy: closed ? "automation" : null,
      timeToCloseMs: closed ? BigInt(closedAt.getTime() - createdAt.getTime()) : null,
    });
    threads.push({
      id: threadId,
      threadKey: `seed-${i}@customer.example`,
      subject,
      contactId: contact.id,
      ticketId,
      createdAt,
    });
    messages.push({
      id: newId(),
      threadId,
      messageId: `<seed-${i}@customer.example>`,
      direction: "INBOUND",
      fromEmail: contact.email,
      fromName: contact.name,
      subject,
      text: `Hello,\n\n${subject}. Can you help?\n\nThanks,\n${contact.name}`,
      createdAt,
    });
    timeline.push({
      id: newId(),
      ticketId,
      kind: "ticket.created",
      summary: "Ticket created from demo data",
      createdAt,
    });
  }
  await tx.ticket.createMany({ data: tickets });
  await tx.thread.createMany({ data: threads });
  await tx.message.createMany({ data: messages });
  await tx.timelineEntry.createMany({ data: timeline });
}
