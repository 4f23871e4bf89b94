// GET /api/v1/channels in the OpenAPI document.
import { z } from "zod";
import { ChannelType } from "@/generated/prisma/enums";
import type { ApiOperation } from "./operation";

export const ZChannel = z.object({
  id: z.string(),
  type: z.enum(ChannelType),
  name: z.string(),
  createsTickets: z.boolean().describe("A new conversation on it creates a ticket (SPEC §2)."),
  pipelineId: z.string().nullable(),
  statusId: z.string().nullable(),
});

export const CHANNEL_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/channels",
    operationId: "listChannels",
    tag: "Pipelines",
    summary: "Every connected channel and where it creates tickets",
    permission: "tickets.view",
    response: { status: 200, description: "The channels.", schema: z.array(ZChannel) },
  },
];
