-- Each email trigger's on/off was stored twice (PipelineAutomation.*TriggerEnabled and the trigger
-- workflow's "enabled") and synced both ways. From now on the trigger workflow's "enabled" is the
-- one switch. The PipelineAutomation columns were what the engine read, so they win.

-- Every pipeline has its two trigger workflows (as 20261203124900 made them), so no switch is lost.
INSERT INTO "Workflow" ("id", "name", "description", "kind", "trigger", "pipelineId", "enabled", "updatedAt")
SELECT 'wf_email_sent_trigger_' || p."id", p."name" || ': An email is sent to a customer',
       'Update ticket status based on emails (Automate tab).', 'EMAIL_SENT_TRIGGER'::"WorkflowKind",
       'EMAIL_SENT_FROM_TICKET'::"WorkflowTrigger", p."id", false, CURRENT_TIMESTAMP
FROM "Pipeline" p
WHERE NOT EXISTS (SELECT 1 FROM "Workflow" w WHERE w."pipelineId" = p."id" AND w."kind" = 'EMAIL_SENT_TRIGGER');

INSERT INTO "Workflow" ("id", "name", "description", "kind", "trigger", "pipelineId", "enabled", "updatedAt")
SELECT 'wf_customer_reply_trigger_' || p."id", p."name" || ': A customer replies to an email',
       'Update ticket status based on emails (Automate tab).', 'CUSTOMER_REPLY_TRIGGER'::"WorkflowKind",
       'CUSTOMER_REPLY'::"WorkflowTrigger", p."id", false, CURRENT_TIMESTAMP
FROM "Pipeline" p
WHERE NOT EXISTS (SELECT 1 FROM "Workflow" w WHERE w."pipelineId" = p."id" AND w."kind" = 'CUSTOMER_REPLY_TRIGGER');

-- The switch as the engine saw it: the settings row's checkbox, off for a pipeline without a row.
UPDATE "Workflow" w
SET "enabled" = COALESCE((SELECT a."emailSentTriggerEnabled" FROM "PipelineAutomation" a
                          WHERE a."pipelineId" = w."pipelineId"), false)
WHERE w."kind" = 'EMAIL_SENT_TRIGGER';

UPDATE "Workflow" w
SET "enabled" = COALESCE((SELECT a."customerReplyTriggerEnabled" FROM "PipelineAutomation" a
                          WHERE a."pipelineId" = w."pipelineId"), false)
WHERE w."kind" = 'CUSTOMER_REPLY_TRIGGER';

ALTER TABLE "PipelineAutomation" DROP COLUMN "emailSentTriggerEnabled";
ALTER TABLE "PipelineAutomation" DROP COLUMN "customerReplyTriggerEnabled";
