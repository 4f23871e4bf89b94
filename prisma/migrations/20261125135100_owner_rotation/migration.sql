-- CreateTable
CREATE TABLE "OwnerRotation" (
    "teamId" TEXT NOT NULL,
    "lastUserId" TEXT,
    "turns" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OwnerRotation_pkey" PRIMARY KEY ("teamId")
);

-- AddForeignKey
ALTER TABLE "OwnerRotation" ADD CONSTRAINT "OwnerRotation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

