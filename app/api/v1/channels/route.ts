// GET /api/v1/channels: every connected channel and where it creates tickets (DESIGN.md "Public HTTP API").
import { apiRoute } from "@/lib/api/api-route";
import { listChannels } from "@/lib/channels/queries";

export const GET = apiRoute({ permission: "tickets.view" }, async () => {
  const channels = await listChannels();
  // Spelled out: the contract names these fields only (no address, no owner).
  return channels.map((c) => ({
    id: c.id,
    type: c.type,
    name: c.name,
    createsTickets: c.createsTickets,
    pipelineId: c.pipelineId,
    statusId: c.statusId,
  }));
});
