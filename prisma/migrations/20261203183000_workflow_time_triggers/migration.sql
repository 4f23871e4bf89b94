-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WorkflowTrigger" ADD VALUE 'STATUS_DURATION';
ALTER TYPE "WorkflowTrigger" ADD VALUE 'SLA_DUE_SOON';
ALTER TYPE "WorkflowTrigger" ADD VALUE 'SLA_OVERDUE';

-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "timeTrigger" JSONB;

-- AlterTable
ALTER TABLE "WorkflowEnrollment" ADD COLUMN     "occurrenceKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowEnrollment_workflowId_ticketId_occurrenceKey_key" ON "WorkflowEnrollment"("workflowId", "ticketId", "occurrenceKey");

