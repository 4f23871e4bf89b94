// GET /api/v1/pipelines: every pipeline with its statuses, in display order (DESIGN.md "Public HTTP API").
import { apiRoute } from "@/lib/api/api-route";
import { listPipelines } from "@/lib/pipelines/queries";

export const GET = apiRoute({ permission: "tickets.view" }, async () => {
  const pipelines = await listPipelines();
  // Spelled out so the public contract does not grow when the shared query does.
  return pipelines.map((p) => ({
    id: p.id,
    name: p.name,
    displayOrder: p.displayOrder,
    statuses: p.statuses.map((s) => ({ id: s.id, label: s.label, displayOrder: s.displayOrder, state: s.state })),
  }));
});
