-- SPEC §8 pipeline rules: per pipeline, the statuses a ticket may be created in (null: any),
-- "prevent skipping statuses" and "prevent moving backward". No row: no rules.
CREATE TABLE "PipelineRules" (
    "pipelineId" TEXT NOT NULL,
    "createStatusIds" JSONB,
    "preventSkipping" BOOLEAN NOT NULL DEFAULT false,
    "preventBackward" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineRules_pkey" PRIMARY KEY ("pipelineId")
);

ALTER TABLE "PipelineRules" ADD CONSTRAINT "PipelineRules_pipelineId_fkey" FOREIGN KEY ("pipelineId") REFERENCES "Pipeline"("id") ON DELETE CASCADE ON UPDATE CASCADE;
