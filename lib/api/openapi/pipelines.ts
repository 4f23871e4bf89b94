// GET /api/v1/pipelines and GET/PUT /api/v1/pipelines/{id}/automation in the OpenAPI document.
import { z } from "zod";
import { TicketState } from "@/generated/prisma/enums";
import { ZAutomationDocument } from "@/lib/automate/automation-document-schema";
import type { ApiOperation } from "./operation";

export const ZPipeline = z.object({
  id: z.string(),
  name: z.string(),
  displayOrder: z.number().int(),
  statuses: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        displayOrder: z.number().int(),
        state: z.enum(TicketState),
      }),
    )
    .describe("In display order."),
});

export const PIPELINE_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/pipelines",
    operationId: "listPipelines",
    tag: "Pipelines",
    summary: "Every pipeline with its statuses, in display order",
    permission: "tickets.view",
    response: { status: 200, description: "The pipelines.", schema: z.array(ZPipeline) },
  },
  {
    method: "get",
    path: "/api/v1/pipelines/{id}/automation",
    operationId: "getPipelineAutomation",
    tag: "Automation",
    summary: "The pipeline's automation as one document (also the export format)",
    permission: "automation.view",
    response: { status: 200, description: "The automation document.", schema: ZAutomationDocument },
  },
  {
    method: "put",
    path: "/api/v1/pipelines/{id}/automation",
    operationId: "putPipelineAutomation",
    tag: "Automation",
    summary: "Replace the pipeline's automation with the document (import)",
    description: [
      "Send back the document read with GET, changed: the whole automation is replaced in one transaction",
      "and recorded in History. `version` must be the current one. Every status id, user, team, template and",
      "action type it names is checked; an unknown one is a 400 with its path and nothing changes.",
    ].join("\n"),
    permission: "automation.edit",
    body: ZAutomationDocument,
    response: {
      status: 200,
      description: "The document as saved (with the new version).",
      schema: ZAutomationDocument,
    },
    errors: {
      400: "Not a valid document, an unknown id or type (with its path), or the document is another pipeline's.",
      403: "Not an admin (`FORBIDDEN`), or the plan lacks a feature the document turns on (`PLAN_REQUIRED`).",
      409: "`version` is not the current one: read the automation again and reapply the changes.",
    },
  },
];
