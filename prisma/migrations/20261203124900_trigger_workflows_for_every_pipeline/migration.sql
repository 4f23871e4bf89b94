-- Each pipeline's two email triggers (SPEC §4 "View workflow") are workflows created with the
-- pipeline; older pipelines got theirs when the Automate tab was first opened. Create the missing
-- ones now, on/off as the pipeline's checkbox (off without a settings row), with the ids the app uses.
INSERT INTO "Workflow" ("id", "name", "description", "kind", "trigger", "pipelineId", "enabled", "updatedAt")
SELECT 'wf_email_sent_trigger_' || p."id", p."name" || ': An email is sent to a customer',
       'Update ticket status based on emails (Automate tab).', 'EMAIL_SENT_TRIGGER'::"WorkflowKind",
       'EMAIL_SENT_FROM_TICKET'::"WorkflowTrigger", p."id", COALESCE(a."emailSentTriggerEnabled", false), CURRENT_TIMESTAMP
FROM "Pipeline" p LEFT JOIN "PipelineAutomation" a ON a."pipelineId" = p."id"
WHERE NOT EXISTS (SELECT 1 FROM "Workflow" w WHERE w."pipelineId" = p."id" AND w."kind" = 'EMAIL_SENT_TRIGGER');

INSERT INTO "Workflow" ("id", "name", "description", "kind", "trigger", "pipelineId", "enabled", "updatedAt")
SELECT 'wf_customer_reply_trigger_' || p."id", p."name" || ': A customer replies to an email',
       'Update ticket status based on emails (Automate tab).', 'CUSTOMER_REPLY_TRIGGER'::"WorkflowKind",
       'CUSTOMER_REPLY'::"WorkflowTrigger", p."id", COALESCE(a."customerReplyTriggerEnabled", false), CURRENT_TIMESTAMP
FROM "Pipeline" p LEFT JOIN "PipelineAutomation" a ON a."pipelineId" = p."id"
WHERE NOT EXISTS (SELECT 1 FROM "Workflow" w WHERE w."pipelineId" = p."id" AND w."kind" = 'CUSTOMER_REPLY_TRIGGER');
