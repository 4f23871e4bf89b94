-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "newText" TEXT;
