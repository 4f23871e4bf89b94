// SPEC §6 pipelines per plan (Free 1, Starter 2, Professional 15, Enterprise 100): one more is
// refused with the reason (server action, 403 PLAN_REQUIRED), a downgrade deletes nothing and the
// extra pipelines stay usable, and GET /api/v1/pipelines shows the plan-limited state.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getPipelines } from "@/app/api/v1/pipelines/route";
import { createPipelineAction } from "@/lib/pipelines/actions";
import { moveTicketAction } from "@/lib/tickets/actions";
import { callApi } from "../support/api";
import { aTicket, ticketRow } from "../support/engine-fixtures";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
import { actAs } from "../support/users";
import { uniqueName } from "../support/pipelines";

afterEach(() => setPlan("ENTERPRISE"));

const listed = () => callApi(getPipelines, { path: "/api/v1/pipelines", params: {} });

describe("pipelines per plan (SPEC §6)", () => {
  it("refuses a second pipeline on Free with the reason, and writes nothing", async () => {
    await actAs("SUPER_ADMIN");
    await setPlan("FREE");
    const before = await db.pipeline.count();
    const error = expectFailure(await createPipelineAction({ name: uniqueName("Returns") }), "PLAN_REQUIRED", 403);
    // The seed has two pipelines, so Starter's two would not allow another either.
    expect(error.message).toBe(
      "The Free plan includes 1 ticket pipeline; this account has 2. The Professional plan allows 15.",
    );
    expect(await db.pipeline.count()).toBe(before);
  });

  it("refuses a third on Starter, allows it on Professional", async () => {
    await actAs("SUPER_ADMIN");
    await setPlan("STARTER");
    expect(await db.pipeline.count()).toBe(2);
    const error = expectFailure(await createPipelineAction({ name: uniqueName("Returns") }), "PLAN_REQUIRED", 403);
    expect(error.message).toContain("The Starter plan includes 2 ticket pipelines");
    await setPlan("PROFESSIONAL");
    expectOk(await createPipelineAction({ name: uniqueName("Returns") }));
    expect(await db.pipeline.count()).toBe(3);
  });

  it("a downgrade deletes nothing: the extra pipelines stay usable, the API says which are beyond the plan", async () => {
    await setPlan("FREE");
    const count = await db.pipeline.count();
    expect(count).toBeGreaterThan(1);
    const response = await listed();
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(count);
    expect(response.body.map((p: { withinPlan: boolean }) => p.withinPlan)).toEqual([
      true,
      ...Array(count - 1).fill(false),
    ]);
    expect(response.headers.get("ticketflow-plan")).toBe("FREE");
    expect(response.headers.get("ticketflow-pipeline-limit")).toBe("1");
    expect(response.headers.get("ticketflow-pipeline-can-create")).toBe("false");

    // A ticket in the second pipeline (beyond Free's one) still moves.
    await actAs("AGENT");
    const ticket = await aTicket("Received", {}, "Billing & Refunds");
    const row = await ticketRow(ticket.id);
    const billing = await db.pipelineStatus.findFirstOrThrow({
      where: { pipelineId: row.pipelineId, state: "CLOSED" },
    });
    expectOk(await moveTicketAction({ ticketId: ticket.id, toStatusId: billing.id, version: row.version }));
    expect((await ticketRow(ticket.id)).statusId).toBe(billing.id);
  });

  it("on Enterprise the API says another pipeline can be created", async () => {
    const response = await listed();
    expect(response.headers.get("ticketflow-pipeline-limit")).toBe("100");
    expect(response.headers.get("ticketflow-pipeline-can-create")).toBe("true");
    expect(response.body.every((p: { withinPlan: boolean }) => p.withinPlan)).toBe(true);
  });
});
