// The events benchmark's data: Support tickets waiting on the contact, both waiting statuses
// given an action (so every move enrols and writes a job), and the next event per connection.
// Each event's status update is automated, and the loop guard (SPEC §7) stops a ticket's
// automated changes after 20 in an hour; so there are enough tickets (200 per connection, 3,200
// at 16) that a ticket stays under that through a bench, and events move tickets, enrol them and
// write jobs as an integration's replies on open tickets do (6,173 jobs for the like-for-like
// server's ~8,300 events in one run: each move's first step). With 10 per connection (the
// default until 5 Dec: BENCH_TICKETS_PER_CONNECTION=10) a ticket's first 20 events moved it and
// the rest recorded the message and the guard's entry only: in `npm run bench` the like-for-like
// server's ~9,000 events made ~2,400 moves, and the as-shipped server's, on the same tickets within
// the hour, at most the ~800 the guard still allowed (bench/PROFILE.md, 5 Dec, has both).
import crypto from "node:crypto";
import type { DbHandle } from "@/lib/db/open";
import { sign } from "@/lib/events/signature";
import { seedDemoData } from "@/prisma/seed";
import { newId } from "@/lib/db/ids";

export interface BenchTicket {
  id: string;
  threadKey: string;
  email: string;
  waitingOnContact: boolean;
}

/** Support tickets in "Waiting on contact", both waiting statuses given an action (so moves enrol). */
export async function prepare(
  handle: DbHandle,
  connections: number,
  seed: { bootstrapApiKey?: string } = {},
  perConnection = Number(process.env.BENCH_TICKETS_PER_CONNECTION ?? 200), // see above
): Promise<BenchTicket[][]> {
  await seedDemoData(handle.prisma, { ticketCount: connections * perConnection, ...seed });
  const statuses = await handle.sql.query<{ id: string; label: string }>(
    `SELECT s.id, s.label FROM "PipelineStatus" s JOIN "Pipeline" p ON p.id = s."pipelineId" WHERE p.name = 'Support Pipeline'`,
  );
  const status = (label: string) => statuses.find((s) => s.label === label)!.id;
  for (const label of ["Waiting on contact", "Waiting on us"]) {
    const [workflow] = await handle.sql.query<{ id: string }>(`SELECT id FROM "Workflow" WHERE "statusId" = $1`, [
      status(label),
    ]);
    await handle.prisma.workflowAction.create({
      data: {
        id: newId(),
        workflowId: workflow!.id,
        position: 0,
        type: "SEND_INTERNAL_EMAIL",
        config: { to: { userIds: [], teamIds: [], owner: true }, subject: "s", body: "b" },
      },
    });
  }
  await handle.sql.query(`UPDATE "Ticket" SET "statusId" = $1, source = 'EMAIL' WHERE "statusId" = ANY($2)`, [
    status("Waiting on contact"),
    statuses.map((s) => s.id),
  ]);
  const rows = await handle.sql.query<{ id: string; threadKey: string; email: string }>(
    `
    SELECT t.id, th."threadKey", c.email FROM "Ticket" t JOIN "Thread" th ON th.id = t."originThreadId"
    JOIN "Contact" c ON c.id = t."contactId" WHERE t."statusId" = $1 ORDER BY t.id`,
    [status("Waiting on contact")],
  );
  return Array.from({ length: connections }, (_, c) =>
    rows.filter((_, i) => i % connections === c).map((r) => ({ ...r, waitingOnContact: true })),
  );
}

let sequence = 0;
/** The next event for a connection: a reply when the ticket waits on the contact, else an email sent. */
export function nextEvent(tickets: BenchTicket[], secret: string): { body: string; headers: Record<string, string> } {
  const ticket = tickets[sequence % tickets.length]!;
  const n = ++sequence;
  const data = ticket.waitingOnContact
    ? {
        channelId: "unused",
        threadKey: ticket.threadKey,
        messageId: `<bench-${n}@c>`,
        from: { email: ticket.email },
        text: "reply",
      }
    : {
        ticketId: ticket.id,
        contactEmail: ticket.email,
        threadKey: ticket.threadKey,
        messageId: `<bench-${n}@a>`,
        fromUserEmail: "agent@example.com",
        sentFrom: "ticket",
        text: "answer",
      };
  ticket.waitingOnContact = !ticket.waitingOnContact;
  const type = "threadKey" in data && "from" in data ? "message.received" : "email.sent";
  const body = JSON.stringify({ id: `bench-${crypto.randomUUID()}`, type, occurredAt: new Date().toISOString(), data });
  const signature = sign(secret, body, Math.floor(Date.now() / 1000));
  return { body, headers: { "content-type": "application/json", "ticketflow-signature": signature } };
}
