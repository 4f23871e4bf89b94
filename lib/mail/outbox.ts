// The Outbox: every message handed to the transport, newest first (GET /api/v1/outbox and
// the Outbox settings page read it through listOutbox).
import { db as appDb } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import type { PrismaClient } from "@/generated/prisma/client";
import { DB_NOW, queryRows, type SqlTarget } from "@/lib/jobs/sql";
import type { TransportKind } from "./transport";

export interface OutboxRecord {
  messageId: string;
  inReplyTo: string | null;
  fromEmail: string;
  toEmail: string;
  subject: string;
  text: string;
  transport: TransportKind;
  ticketId: string | null;
  jobId: string | null;
}

/** Stores the record unless its Message-ID is already there. True: this call stored it. */
export async function recordOutbox(target: SqlTarget, record: OutboxRecord): Promise<boolean> {
  const rows = await queryRows(
    target,
    `INSERT INTO "OutboxEmail" (id, "messageId", "inReplyTo", "fromEmail", "toEmail", subject, text,
                                transport, "ticketId", "jobId", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ${DB_NOW})
     ON CONFLICT ("messageId") DO NOTHING
     RETURNING id`,
    [
      newId(),
      record.messageId,
      record.inReplyTo,
      record.fromEmail,
      record.toEmail,
      record.subject,
      record.text,
      record.transport,
      record.ticketId,
      record.jobId,
    ],
  );
  return rows.length === 1;
}

export async function outboxHas(target: SqlTarget, messageId: string): Promise<boolean> {
  const rows = await queryRows(target, `SELECT 1 FROM "OutboxEmail" WHERE "messageId" = $1`, [messageId]);
  return rows.length > 0;
}

const outboxSelect = {
  id: true,
  messageId: true,
  inReplyTo: true,
  fromEmail: true,
  toEmail: true,
  subject: true,
  text: true,
  transport: true,
  ticketId: true,
  jobId: true,
  bouncedAt: true,
  bounceReason: true,
  createdAt: true,
} as const;

export type OutboxEmailView = Awaited<ReturnType<typeof listOutbox>>[number];

/** Emails handed to the transport, newest first; `limit` is clamped to 1–500. */
export function listOutbox(options: { limit?: number; ticketId?: string } = {}, db: PrismaClient = appDb) {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 500);
  return db.outboxEmail.findMany({
    where: options.ticketId ? { ticketId: options.ticketId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: outboxSelect,
  });
}
