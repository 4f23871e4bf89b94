// GET /api/v1/pipelines: every pipeline with its statuses, in display order (DESIGN.md "Public HTTP API"),
// and the plan-limited state (SPEC §6): `withinPlan` per pipeline and the plan headers.
import { apiRoute } from "@/lib/api/api-route";
import { currentPlanTier } from "@/lib/account/current-plan";
import { planLimitHeaders, withinPlan } from "@/lib/pipelines/plan-limited-pipelines";
import { listPipelines } from "@/lib/pipeline-reads/queries";

export const GET = apiRoute({ permission: "tickets.view" }, async () => {
  const [pipelines, tier] = await Promise.all([listPipelines(), currentPlanTier()]);
  // Spelled out so the public contract does not grow when the shared query does.
  const body = pipelines.map((p, index) => ({
    id: p.id,
    name: p.name,
    displayOrder: p.displayOrder,
    withinPlan: withinPlan(tier, index),
    statuses: p.statuses.map((s) => ({ id: s.id, label: s.label, displayOrder: s.displayOrder, state: s.state })),
  }));
  return Response.json(body, { headers: planLimitHeaders(tier, pipelines.length) });
});
