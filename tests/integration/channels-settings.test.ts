// Settings > Channels (SPEC §2): a channel's ticket creation on/off and where its tickets go.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateChannelAction } from "@/lib/channels/actions";
import { listConnectedChannels } from "@/lib/channels/queries";
import type { TChannelSettings } from "@/lib/channels/schemas";
import { actAs, userIdOf } from "../support/users";
import { automationSnapshot, forbidden, pipelineNamed } from "../support/automate";
import { expectFailure, expectOk } from "../support/status-actions";

async function channel(name: string): Promise<TChannelSettings> {
  const c = await db.channel.findFirstOrThrow({ where: { name } });
  return {
    channelId: c.id,
    expectedVersion: c.version,
    createsTickets: c.createsTickets,
    pipelineId: c.pipelineId,
    statusId: c.statusId,
    ownerId: c.ownerId,
  };
}

const historyOf = (channelId: string) =>
  db.settingsChange.findMany({ where: { scope: `channel:${channelId}` }, orderBy: { id: "asc" } });

describe("channel settings", () => {
  it("turns ticket creation off: the channel leaves the pipeline's Connected channels, and History says who did it", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    const inbox = await channel("Support inbox");
    expect((await listConnectedChannels(support.id)).map((c) => c.name)).toContain("Support inbox");
    expect(expectOk(await updateChannelAction({ ...inbox, createsTickets: false }))).toEqual({
      version: inbox.expectedVersion + 1,
    });
    expect((await listConnectedChannels(support.id)).map((c) => c.name)).not.toContain("Support inbox");
    expect(await historyOf(inbox.channelId)).toEqual([
      expect.objectContaining({
        actorName: "Sam Super",
        entityType: "channel",
        field: "createsTickets",
        before: true,
        after: false,
      }),
    ]);
    expectOk(await updateChannelAction({ ...inbox, expectedVersion: inbox.expectedVersion + 1 }));
    expect((await listConnectedChannels(support.id)).map((c) => c.name)).toContain("Support inbox");
  });

  it("moves a channel to another pipeline, status and owner", async () => {
    await actAs("ACCOUNT_ADMIN");
    const billing = await pipelineNamed("Billing & Refunds");
    const chat = await channel("Website chat");
    const ownerId = await userIdOf("AGENT");
    expectOk(
      await updateChannelAction({
        ...chat,
        pipelineId: billing.id,
        statusId: billing.status("Investigating"),
        ownerId,
      }),
    );
    expect(await db.channel.findUniqueOrThrow({ where: { id: chat.channelId } })).toMatchObject({
      pipelineId: billing.id,
      statusId: billing.status("Investigating"),
      ownerId,
      version: chat.expectedVersion + 1,
    });
    expect((await historyOf(chat.channelId)).map((c) => c.field)).toEqual(["pipelineId", "statusId", "ownerId"]);
  });

  it("refuses a status of another pipeline, a missing pipeline/status when creating tickets, and an unknown owner (400, paths)", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    const billing = await pipelineNamed("Billing & Refunds");
    const form = await channel("Refund request form");
    const before = await automationSnapshot();
    const foreign = expectFailure(
      await updateChannelAction({ ...form, pipelineId: billing.id, statusId: support.status("New") }),
      "BAD_REQUEST",
      400,
    );
    expect(foreign.issues).toEqual([
      expect.objectContaining({ path: ["statusId"], message: "Choose a status of the chosen pipeline" }),
    ]);
    const missing = expectFailure(
      await updateChannelAction({ ...form, pipelineId: null, statusId: null }),
      "BAD_REQUEST",
      400,
    );
    expect(missing.issues.map((i) => i.path)).toEqual([["pipelineId"], ["statusId"]]);
    const ghost = expectFailure(await updateChannelAction({ ...form, ownerId: "no-such-user" }), "BAD_REQUEST", 400);
    expect(ghost.issues).toEqual([expect.objectContaining({ path: ["ownerId"] })]);
    expect(await automationSnapshot()).toEqual(before);
  });

  it("lets a channel that creates no tickets keep no pipeline", async () => {
    await actAs("SUPER_ADMIN");
    const messenger = await channel("Facebook Messenger");
    expect(messenger.pipelineId).toBeNull();
    expectOk(await updateChannelAction({ ...messenger, ownerId: await userIdOf("ACCOUNT_ADMIN") }));
  });

  it("refuses a stale version with CONFLICT", async () => {
    await actAs("SUPER_ADMIN");
    const billingInbox = await channel("Billing inbox");
    expectOk(await updateChannelAction({ ...billingInbox, createsTickets: false }));
    const before = await automationSnapshot();
    const error = expectFailure(
      await updateChannelAction({ ...billingInbox, ownerId: await userIdOf("AGENT") }),
      "CONFLICT",
      409,
    );
    expect(error.message).toBe("This was changed by someone else — reload to see the latest.");
    expect(await automationSnapshot()).toEqual(before);
  });

  it("answers 404 for a channel that does not exist", async () => {
    await actAs("SUPER_ADMIN");
    const inbox = await channel("Support inbox");
    expectFailure(await updateChannelAction({ ...inbox, channelId: "gone" }), "NOT_FOUND", 404);
  });

  it("refuses an agent with 403 and writes nothing", async () => {
    await actAs("AGENT");
    const inbox = await channel("Support inbox");
    const before = await automationSnapshot();
    expect(await updateChannelAction({ ...inbox, createsTickets: false })).toEqual(forbidden);
    expect(await automationSnapshot()).toEqual(before);
  });
});
