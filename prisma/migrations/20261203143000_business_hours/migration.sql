-- SPEC §9 business hours: one calendar for the account, Monday to Friday 09:00-17:00 to start with.
CREATE TABLE "BusinessHours" (
    "id" TEXT NOT NULL DEFAULT 'account',
    "week" JSONB NOT NULL,
    "holidays" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessHours_pkey" PRIMARY KEY ("id")
);

INSERT INTO "BusinessHours" ("id", "week", "holidays", "updatedAt")
VALUES (
    'account',
    '{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],"thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]],"sat":[],"sun":[]}',
    '[]',
    CURRENT_TIMESTAMP
);
