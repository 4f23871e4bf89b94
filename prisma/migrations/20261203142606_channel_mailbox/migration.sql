-- CreateTable
CREATE TABLE "ChannelMailbox" (
    "channelId" TEXT NOT NULL,
    "imapHost" TEXT NOT NULL,
    "imapPort" INTEGER NOT NULL,
    "imapSecurity" TEXT NOT NULL,
    "imapUser" TEXT NOT NULL,
    "imapPassword" TEXT NOT NULL,
    "folder" TEXT NOT NULL DEFAULT 'INBOX',
    "afterFiling" TEXT NOT NULL DEFAULT 'seen',
    "moveToFolder" TEXT,
    "smtpHost" TEXT NOT NULL,
    "smtpPort" INTEGER NOT NULL,
    "smtpSecurity" TEXT NOT NULL,
    "smtpUser" TEXT NOT NULL,
    "smtpPassword" TEXT NOT NULL,
    "sentFolder" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "uidValidity" BIGINT,
    "filedUid" BIGINT NOT NULL DEFAULT 0,
    "settledUid" BIGINT NOT NULL DEFAULT 0,
    "intakeSince" TIMESTAMP(3),
    "intakeState" TEXT NOT NULL DEFAULT 'connecting',
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastSyncAt" TIMESTAMP(3),
    "leaseHolder" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "importState" TEXT NOT NULL DEFAULT 'none',
    "importUpTo" BIGINT,
    "importedUid" BIGINT NOT NULL DEFAULT 0,
    "importTotal" INTEGER NOT NULL DEFAULT 0,
    "importDone" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelMailbox_pkey" PRIMARY KEY ("channelId")
);

-- AddForeignKey
ALTER TABLE "ChannelMailbox" ADD CONSTRAINT "ChannelMailbox_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

