-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Job_state_priority_runAt_idx" ON "Job"("state", "priority", "runAt");

