-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "transactionalEmailAddon" BOOLEAN NOT NULL DEFAULT false;

