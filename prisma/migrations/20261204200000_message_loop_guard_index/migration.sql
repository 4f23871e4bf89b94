-- The mail-loop guard (lib/mail/loop-guard.ts) counts the automated emails a contact got in the
-- last hour before every automated email: without an index that was a scan of every message.
-- Partial and on an expression, so Prisma's schema cannot state it (schema.prisma says so).
CREATE INDEX "Message_automated_to_idx" ON "Message" (lower("toEmail"), "createdAt")
  WHERE direction = 'OUTBOUND' AND "sentFrom" IS NULL AND "userId" IS NULL;
