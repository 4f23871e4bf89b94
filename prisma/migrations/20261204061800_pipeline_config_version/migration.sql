-- The version of what the automation engine reads about pipelines (lib/pipelines/pipeline-snapshot.ts:
-- pipelines, statuses, automation settings, rules, SLA, workflows and whether they have actions).
-- Every statement that changes one of those tables gives it a new random value, in the same
-- transaction, so a process may keep a pipeline's snapshot while the version it was read at is
-- still the current one (lib/pipelines/pipeline-snapshot.ts). Random, not a counter: a
-- restored backup or a copied database never reuses a value for other contents.
CREATE TABLE "PipelineConfigVersion" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "PipelineConfigVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "PipelineConfigVersion" ("id", "version") VALUES ('all', gen_random_uuid()::text);

CREATE FUNCTION "bump_pipeline_config_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "PipelineConfigVersion" ("id", "version") VALUES ('all', gen_random_uuid()::text)
  ON CONFLICT ("id") DO UPDATE SET "version" = EXCLUDED."version";
  RETURN NULL;
END
$$;

-- BEFORE each statement: the version row is locked before the statement's own rows.
CREATE TRIGGER "Pipeline_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Pipeline"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
CREATE TRIGGER "PipelineStatus_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PipelineStatus"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
CREATE TRIGGER "PipelineAutomation_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PipelineAutomation"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
CREATE TRIGGER "PipelineRules_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PipelineRules"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
CREATE TRIGGER "PipelineSla_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PipelineSla"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
CREATE TRIGGER "Workflow_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Workflow"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
CREATE TRIGGER "WorkflowAction_config_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "WorkflowAction"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_pipeline_config_version"();
