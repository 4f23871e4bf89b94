-- AlterTable
ALTER TABLE "ChannelMailbox" ADD COLUMN     "intakeStartUid" BIGINT NOT NULL DEFAULT 0;
-- Mailboxes already read: the old mail is what was filed-through when this column came (the
-- import's former upper bound).
UPDATE "ChannelMailbox" SET "intakeStartUid" = "filedUid";

-- CreateTable
CREATE TABLE "MailboxSkippedMessage" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "uidValidity" BIGINT NOT NULL,
    "uid" BIGINT NOT NULL,
    "messageId" TEXT,
    "subject" TEXT,
    "fromAddress" TEXT,
    "sizeBytes" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailboxSkippedMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailboxSkippedMessage_channelId_createdAt_idx" ON "MailboxSkippedMessage"("channelId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxSkippedMessage_channelId_uidValidity_uid_key" ON "MailboxSkippedMessage"("channelId", "uidValidity", "uid");

-- AddForeignKey
ALTER TABLE "MailboxSkippedMessage" ADD CONSTRAINT "MailboxSkippedMessage_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

