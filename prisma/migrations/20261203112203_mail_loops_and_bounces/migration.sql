-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "automatedEmailsPerContactHour" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "bounce" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "listMail" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "bounceReason" TEXT,
ADD COLUMN     "bouncedAt" TIMESTAMP(3);
