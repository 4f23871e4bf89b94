// GET /api/v1/pipelines and GET/PUT /api/v1/pipelines/{id}/automation in the OpenAPI document.
import { z } from "zod";
import { TicketState } from "@/generated/prisma/enums";
import { ZAutomationDocument } from "@/lib/automate/automation-document-schema";
import { PLAN_TIERS } from "@/lib/account/plan";
import { PLAN_HEADERS } from "@/lib/pipelines/plan-limited-pipelines";
import type { ApiOperation } from "./operation";

export const ZPipeline = z.object({
  id: z.string(),
  name: z.string(),
  displayOrder: z.number().int(),
  withinPlan: z
    .boolean()
    .describe(
      "Within the plan's pipeline count (in display order). False: kept after a downgrade; still usable, but no new pipeline can be created.",
    ),
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
    description:
      "Pipelines per plan (SPEC §6): Free 1, Starter 2, Professional 15, Enterprise 100. A downgrade deletes nothing.",
    permission: "tickets.view",
    response: {
      status: 200,
      description: "The pipelines.",
      schema: z.array(ZPipeline),
      headers: {
        [PLAN_HEADERS.plan]: { description: "The account's plan.", schema: z.enum(PLAN_TIERS) },
        [PLAN_HEADERS.limit]: { description: "How many pipelines the plan includes.", schema: z.string() },
        [PLAN_HEADERS.canCreate]: {
          description: "`true` when one more pipeline can be created on this plan, else `false`.",
          schema: z.enum(["true", "false"]),
        },
      },
    },
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
      "`statusEnrollment` (optional) sets statuses' enrollment filter groups; a status left out keeps its criteria.",
      "Changing criteria needs the Professional plan (the workflow editor's).",
    ].join("\n"),
    permission: "automation.edit",
    body: ZAutomationDocument,
    response: {
      status: 200,
      description: "The document as saved (with the new version).",
      schema: ZAutomationDocument,
    },
    errors: {
      400: "Not a valid document (e.g. an empty filter group, a value a property cannot take), an unknown id or type (with its path), or the document is another pipeline's.",
      403: "Not an admin (`FORBIDDEN`), or the plan lacks a feature the document turns on (`PLAN_REQUIRED`).",
      409: "`version` is not the current one: read the automation again and reapply the changes.",
    },
  },
];
