-- Each webhook action signs with its own secret (Standard Webhooks): "whsec_" + base64 of 32
-- random bytes. Existing webhook actions get one here; their config names it by "secretId".
CREATE TABLE "WebhookSecret" (
    "id" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "previousSecret" TEXT,
    "previousUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" TIMESTAMP(3),

    CONSTRAINT "WebhookSecret_pkey" PRIMARY KEY ("id")
);

-- Two v4 UUIDs give 32 bytes (244 random bits) without pgcrypto.
INSERT INTO "WebhookSecret" ("id", "secret")
SELECT 'whs_' || "id",
       'whsec_' || encode(decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64')
FROM "WorkflowAction"
WHERE "type" = 'WEBHOOK';

UPDATE "WorkflowAction"
SET "config" = jsonb_set("config", '{secretId}', to_jsonb('whs_' || "id"))
WHERE "type" = 'WEBHOOK';
