// SPEC §8 pipeline rules, end to end: saved on the Rules tab by admins (History rows), enforced
// by the engine on the board, the record and the API (409 PIPELINE_RULE naming the rule) for
// agents and their API keys, bypassed by super admins and the Account permission, never blocking
// automation, and not binding below Professional.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PATCH as patchTicket } from "@/app/api/v1/tickets/[id]/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { savePipelineRulesAction } from "@/lib/pipelines/rules-actions";
import { addStatusAction, deleteStatusAction } from "@/lib/pipelines/actions";
import { moveTicketAction, updateTicketPropertiesAction } from "@/lib/tickets/actions";
import { callApi } from "../support/api";
import { aTicket, channelNamed, seededPipeline, ticketRow } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
import { actAs, userIdOf } from "../support/users";

let support: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
});
afterEach(async () => {
  await setPlan("ENTERPRISE");
  await db.pipelineRules.deleteMany();
});

const strict = { createStatusIds: null, preventSkipping: true, preventBackward: true };
async function saveStrict() {
  await actAs("ACCOUNT_ADMIN");
  expectOk(await savePipelineRulesAction({ pipelineId: support.id, rules: strict }));
}
const move = async (ticketId: string, toLabel: string) =>
  moveTicketAction({ ticketId, toStatusId: support.status(toLabel), version: (await ticketRow(ticketId)).version });

describe("the Rules tab", () => {
  it("saves the rules with a History row per rule changed", async () => {
    await saveStrict();
    const changes = await db.settingsChange.findMany({ where: { entityType: "pipelineRules" } });
    expect(changes.map((c) => [c.field, c.before, c.after]).sort()).toEqual([
      ["rules.preventBackward", false, true],
      ["rules.preventSkipping", false, true],
    ]);
    expect(changes[0]!.actorName).toBe("Avery Admin");
  });

  it("refuses an agent (403) and a status of another pipeline (400 with the path)", async () => {
    await actAs("AGENT");
    expect(await savePipelineRulesAction({ pipelineId: support.id, rules: strict })).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    await actAs("SUPER_ADMIN");
    const error = expectFailure(
      await savePipelineRulesAction({
        pipelineId: support.id,
        rules: { ...strict, createStatusIds: ["st_elsewhere"] },
      }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues[0]!.path).toEqual(["rules", "createStatusIds", 0]);
    expect(await db.pipelineRules.count()).toBe(0);
  });

  it("needs Professional", async () => {
    await setPlan("STARTER");
    await actAs("SUPER_ADMIN");
    expectFailure(await savePipelineRulesAction({ pipelineId: support.id, rules: strict }), "PLAN_REQUIRED", 403);
  });
});

describe("enforced by the engine on every path", () => {
  it("refuses an agent's board drag that skips a status, naming the rule; the next status is fine", async () => {
    await saveStrict();
    await actAs("AGENT");
    const ticket = await aTicket("New");
    const refused = expectFailure(await move(ticket.id, "Waiting on us"), "PIPELINE_RULE", 409);
    expect(refused.message).toContain('"Prevent skipping statuses"');
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("New"));
    expectOk(await move(ticket.id, "Waiting on contact"));
    expectOk(await move(ticket.id, "Closed"));
  });

  it("refuses moving backward on the record for an agent; a super admin may", async () => {
    await saveStrict();
    const ticket = await aTicket("Waiting on us");
    await actAs("AGENT");
    const change = async () => ({
      ticketId: ticket.id,
      change: { statusId: support.status("New"), version: (await ticketRow(ticket.id)).version },
    });
    const refused = expectFailure(await updateTicketPropertiesAction(await change()), "PIPELINE_RULE", 409);
    expect(refused.message).toContain('"Prevent moving backward"');
    await actAs("SUPER_ADMIN");
    expectOk(await updateTicketPropertiesAction(await change()));
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("New"));
  });

  it("an API key obeys them as its user does (409 PIPELINE_RULE), an admin's key does not", async () => {
    await saveStrict();
    const ticket = await aTicket("New");
    const agentKey = (await createApiKey({ name: "agent key" }, await userIdOf("AGENT"))).key;
    const patch = async (key: string | undefined) =>
      callApi(patchTicket, {
        path: `/api/v1/tickets/${ticket.id}`,
        params: { id: ticket.id },
        method: "PATCH",
        body: { statusId: support.status("Waiting on us"), version: (await ticketRow(ticket.id)).version },
        key,
      });
    const refused = await patch(agentKey);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: "PIPELINE_RULE",
      message: expect.stringContaining("Prevent skipping statuses"),
    });
    expect((await patch(undefined)).status).toBe(200); // the bootstrap key is a super admin's
  });

  it("automation is not blocked: a reply reopens a closed ticket past both rules", async () => {
    await saveStrict();
    const ticket = await aTicket("Closed");
    const inbox = await channelNamed("Support inbox");
    await postEvent(
      messageEvent({ channelId: inbox.id, threadKey: ticket.threadKey, from: { email: ticket.contactEmail } }),
    );
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("New"));
  });

  it("bulk moves (deleting a status moves its tickets) are for admins only, who bypass the rules", async () => {
    await saveStrict();
    expectOk(await addStatusAction({ pipelineId: support.id, label: "Escalated", state: "OPEN" }));
    const escalated = (
      await db.pipelineStatus.findFirstOrThrow({ where: { pipelineId: support.id, label: "Escalated" } })
    ).id;
    const ticket = await aTicket("New", { statusId: escalated });
    await actAs("AGENT");
    expect(await deleteStatusAction({ statusId: escalated, moveToStatusId: support.status("New") })).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    expect((await ticketRow(ticket.id)).statusId).toBe(escalated);
    // Backward and past two statuses at once: an account admin bypasses both rules.
    await actAs("ACCOUNT_ADMIN");
    expectOk(await deleteStatusAction({ statusId: escalated, moveToStatusId: support.status("New") }));
    expect((await ticketRow(ticket.id)).statusId).toBe(support.status("New"));
  });

  it("below Professional the rules do not bind", async () => {
    await saveStrict();
    await setPlan("STARTER");
    await actAs("AGENT");
    const ticket = await aTicket("New");
    expectOk(await move(ticket.id, "Waiting on us"));
  });
});
