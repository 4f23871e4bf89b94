// SPEC §8 "Limit the statuses a ticket can be created in" on every path that creates a ticket —
// the New ticket form (an agent is refused naming the rule, super admins and the Account
// permission bypass it), channels (a channel pointing at a disallowed status files into the first
// allowed one and its settings page flags it; choosing a disallowed status is refused), the
// events API (a channel's path) — plus the rules in the automation document (export, import with
// History and the version moved on) and the dry run deciding as the engine does.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getDocument, PUT as putDocument } from "@/app/api/v1/pipelines/[id]/automation/route";
import { savePipelineRulesAction } from "@/lib/pipelines/rules-actions";
import { createTicketAction } from "@/lib/tickets/actions";
import { updateChannelAction } from "@/lib/channels/actions";
import { channelRuleFlag } from "@/lib/channels/channel-rule-flag";
import { testAutomationAction } from "@/lib/automate/test-automation-action";
import { callApi } from "../support/api";
import { aTicket, channelNamed, seededPipeline } from "../support/engine-fixtures";
import { messageEvent, postEvent } from "../support/events";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
import { actAs } from "../support/users";

let support: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
});
afterEach(async () => {
  await setPlan("ENTERPRISE");
  await db.pipelineRules.deleteMany();
});

const LIMIT = '"Limit the statuses a ticket can be created in"';

/** Tickets may be created only in "Waiting on contact" and "Waiting on us". */
async function limitCreation() {
  await actAs("ACCOUNT_ADMIN");
  expectOk(
    await savePipelineRulesAction({
      pipelineId: support.id,
      rules: {
        createStatusIds: [support.status("Waiting on us"), support.status("Waiting on contact")],
        preventSkipping: false,
        preventBackward: false,
      },
    }),
  );
}

const newTicket = (statusId: string) =>
  createTicketAction({
    pipelineId: support.id,
    statusId,
    subject: "Created under the rules",
    description: "",
    contactEmail: "",
    priority: "MEDIUM",
    ownerId: null,
  });

describe("the New ticket form", () => {
  it("refuses an agent a disallowed status beside the field, naming the rule; an allowed one is fine", async () => {
    await limitCreation();
    await actAs("AGENT");
    const refused = expectFailure(await newTicket(support.status("New")), "PIPELINE_RULE", 409);
    expect(refused.message).toBe(
      `Not created: the pipeline rule ${LIMIT} does not allow creating a ticket in "New" (allowed: "Waiting on contact", "Waiting on us").`,
    );
    expect(refused.issues).toEqual([{ path: ["statusId"], message: refused.message }]);
    expect(await db.ticket.count({ where: { subject: "Created under the rules" } })).toBe(0);
    expectOk(await newTicket(support.status("Waiting on contact")));
  });

  it("super admins and the Account permission bypass it; below Professional it does not bind", async () => {
    await limitCreation();
    await actAs("SUPER_ADMIN");
    expectOk(await newTicket(support.status("New")));
    await actAs("ACCOUNT_ADMIN");
    expectOk(await newTicket(support.status("New")));
    await setPlan("STARTER");
    await actAs("AGENT");
    expectOk(await newTicket(support.status("New")));
  });
});

describe("channels and the events API", () => {
  it("a channel pointing at a disallowed status files into the first allowed one, says why, and is flagged", async () => {
    const inbox = await channelNamed("Support inbox");
    expect(inbox.statusId).toBe(support.status("New"));
    expect(await channelRuleFlag({ createsTickets: true, ...inbox })).toBeNull();
    await limitCreation();

    const posted = await postEvent(messageEvent({ channelId: inbox.id }));
    expect(posted.status).toBe(200);
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: posted.body.ticketId },
      include: { timeline: { where: { kind: "ticket_created" } } },
    });
    expect(ticket.statusId).toBe(support.status("Waiting on contact"));
    expect(ticket.timeline[0]!.summary).toBe(
      `Ticket created from channel "Support inbox" in "Support Pipeline", status "Waiting on contact" (the channel's status "New" is not allowed by the pipeline rule ${LIMIT})`,
    );
    expect(await channelRuleFlag({ createsTickets: true, ...inbox })).toBe(
      `This channel creates tickets in "New", which the pipeline rule ${LIMIT} does not allow: its new tickets go to "Waiting on contact" instead. Choose an allowed status.`,
    );
    await setPlan("STARTER"); // below Professional the rule binds nobody: no flag, the channel's own status
    expect(await channelRuleFlag({ createsTickets: true, ...inbox })).toBeNull();
    const starter = await postEvent(messageEvent({ channelId: inbox.id }));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: starter.body.ticketId } })).statusId).toBe(
      support.status("New"),
    );
  });

  it("choosing a disallowed status for a channel is refused beside the field; keeping the old one is not", async () => {
    await limitCreation();
    await actAs("SUPER_ADMIN");
    const row = await db.channel.findFirstOrThrow({ where: { name: "Support inbox" } });
    const settings = {
      channelId: row.id,
      expectedVersion: row.version,
      createsTickets: true,
      pipelineId: support.id,
      statusId: support.status("Closed"),
      ownerId: row.ownerId,
    };
    const refused = expectFailure(await updateChannelAction(settings), "PIPELINE_RULE", 409);
    expect(refused.message).toContain(`the pipeline rule ${LIMIT} does not allow creating a ticket in "Closed"`);
    expect(refused.issues[0]!.path).toEqual(["statusId"]);
    // Its current (now disallowed) status stays saveable with other changes; an allowed one is fine.
    expectOk(await updateChannelAction({ ...settings, statusId: row.statusId, ownerId: null }));
    expectOk(
      await updateChannelAction({
        ...settings,
        expectedVersion: row.version + 1,
        statusId: support.status("Waiting on us"),
        ownerId: null,
      }),
    );
  });
});

describe("the automation document", () => {
  const doc = async () => (await callApi(getDocument, { path: "/", params: { id: support.id } })).body;
  const put = (body: unknown) => callApi(putDocument, { path: "/", params: { id: support.id }, method: "PUT", body });

  it("exports the rules and imports a change to them with History rows, moving the version on", async () => {
    const exported = await doc();
    expect(exported.rules).toEqual({ createStatusIds: null, preventSkipping: false, preventBackward: false });
    const earlier = (await db.settingsChange.findMany({ select: { id: true } })).map((c) => c.id);
    const rules = { createStatusIds: [support.status("New")], preventSkipping: true, preventBackward: false };
    const saved = await put({ ...exported, rules });
    expect(saved.status).toBe(200);
    expect(saved.body.rules).toEqual(rules);
    expect(saved.body.version).toBe(exported.version + 1);
    const history = await db.settingsChange.findMany({
      where: { entityType: "pipelineRules", entityId: support.id, id: { notIn: earlier } },
    });
    expect(history.map((h) => h.field).sort()).toEqual(["rules.createStatusIds", "rules.preventSkipping"]);

    // The same document again changes nothing; one without `rules` leaves them as they are.
    expect((await put(saved.body)).body.version).toBe(saved.body.version);
    const { rules: _left, ...withoutRules } = saved.body;
    expect((await put(withoutRules)).body.rules).toEqual(rules);
  });

  it("refuses a status of another pipeline with its path, and a change below Professional", async () => {
    const exported = await doc();
    const unknown = await put({ ...exported, rules: { ...exported.rules, createStatusIds: ["st_elsewhere"] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toEqual(["rules", "createStatusIds", 0]);
    await setPlan("STARTER");
    const locked = await put({ ...exported, rules: { ...exported.rules, preventBackward: true } });
    expect(locked.status).toBe(403);
    expect(await db.pipelineRules.count()).toBe(0);
    // Re-importing an export unchanged is fine on any plan.
    expect((await put(exported)).status).toBe(200);
  });
});

describe("the dry run treats the rules as the engine does", () => {
  it("an agent's skipping move is refused naming the rule; a super admin's is not; a reply reopening is not blocked", async () => {
    await actAs("ACCOUNT_ADMIN");
    expectOk(
      await savePipelineRulesAction({
        pipelineId: support.id,
        rules: { createStatusIds: null, preventSkipping: true, preventBackward: true },
      }),
    );
    const ticket = await aTicket("New");
    const event = { type: "ticket.updated" as const, data: { statusId: support.status("Waiting on us") } };
    await actAs("AGENT");
    const agent = await testAutomationAction({ ticketId: ticket.id, event });
    expect(agent).toMatchObject({ ok: true, data: { ok: false } });
    expect(JSON.stringify(agent)).toContain("Prevent skipping statuses");
    await actAs("SUPER_ADMIN");
    expect(await testAutomationAction({ ticketId: ticket.id, event })).toMatchObject({
      ok: true,
      data: { ok: true, status: { before: "New", after: "Waiting on us" } },
    });
    // Automation (the reopen rule) is never blocked: a reply on a closed ticket reopens it past both rules.
    const closed = await aTicket("Closed");
    await actAs("AGENT");
    const reply = await testAutomationAction({
      ticketId: closed.id,
      event: { type: "message.received", data: { threadKey: closed.threadKey } },
    });
    expect(reply).toMatchObject({ ok: true, data: { ok: true, status: { before: "Closed", after: "New" } } });
  });
});
