-- AlterTable
ALTER TABLE "PipelineAutomation" ADD COLUMN     "reopenWindowDays" INTEGER;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "followUpOfId" TEXT,
ADD COLUMN     "slaBusinessHours" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "slaCloseDueAt" TIMESTAMP(3),
ADD COLUMN     "slaCloseDueSoonAt" TIMESTAMP(3),
ADD COLUMN     "slaCloseMetAt" TIMESTAMP(3),
ADD COLUMN     "slaCloseStartedAt" TIMESTAMP(3),
ADD COLUMN     "slaCloseTarget" TEXT,
ADD COLUMN     "slaFirstReplyDueAt" TIMESTAMP(3),
ADD COLUMN     "slaFirstReplyDueSoonAt" TIMESTAMP(3),
ADD COLUMN     "slaFirstReplyMetAt" TIMESTAMP(3),
ADD COLUMN     "slaFirstReplyStoppedAt" TIMESTAMP(3),
ADD COLUMN     "slaFirstReplyTarget" TEXT;

-- CreateTable
CREATE TABLE "PipelineSla" (
    "pipelineId" TEXT NOT NULL,
    "firstReply" TEXT,
    "close" TEXT,
    "businessHours" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineSla_pkey" PRIMARY KEY ("pipelineId")
);

-- CreateIndex
CREATE INDEX "Ticket_followUpOfId_idx" ON "Ticket"("followUpOfId");

-- AddForeignKey
ALTER TABLE "PipelineSla" ADD CONSTRAINT "PipelineSla_pipelineId_fkey" FOREIGN KEY ("pipelineId") REFERENCES "Pipeline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Tickets closed before this migration: their last status change is when they entered a closed status.
UPDATE "Ticket" t SET "closedAt" = t."lastStatusChangeAt"
FROM "PipelineStatus" s WHERE s.id = t."statusId" AND s.state = 'CLOSED';
