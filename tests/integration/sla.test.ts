// SPEC §9 SLAs per pipeline, end to end on the database, with an injected clock (no sleeping):
// the Automate tab's save (admins, Professional+, 400 with the path, History), the automation
// document, the due times stored on each new ticket (around the clock and in business hours),
// the first reply met by an email from the ticket record only, close met by closing, a reopen
// restarting close with the ticket's own target, and business hours re-timing running clocks.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getAutomation, PUT as putAutomation } from "@/app/api/v1/pipelines/[id]/automation/route";
import { GET as getTicketRoute } from "@/app/api/v1/tickets/[id]/route";
import { loadActiveUser } from "@/lib/auth/current-user";
import { saveSlaAction } from "@/lib/automate/time-settings-actions";
import { db } from "@/lib/db";
import { updateAccountAction } from "@/lib/sla/account-actions";
import { saveBusinessHours } from "@/lib/sla/save-business-hours";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { boardColumnPage } from "@/lib/tickets/board-columns";
import { defaultBusinessHours } from "@/lib/business-hours/week";
import { callApi } from "../support/api";
import { seededPipeline } from "../support/engine-fixtures";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
import { actAs, userIdOf } from "../support/users";

let support: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
});
afterEach(async () => {
  await setPlan("ENTERPRISE");
  await db.pipelineSla.deleteMany();
  await db.businessHours.deleteMany();
  await db.account.updateMany({ data: { timeZone: "UTC" } });
});

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const automationVersion = async () =>
  (await db.pipelineAutomation.findUnique({ where: { pipelineId: support.id } }))?.version ?? 0;

async function saveSla(sla: { firstReply: string | null; close: string | null; businessHours: boolean }) {
  await actAs("ACCOUNT_ADMIN");
  return saveSlaAction({ pipelineId: support.id, expectedVersion: await automationVersion(), sla });
}

/** A ticket made by hand at `now` (the New ticket form's path, with the clock injected). */
async function newTicket(now: Date, statusLabel = "New") {
  const user = (await loadActiveUser(await userIdOf("AGENT")))!;
  const { id } = await createTicket(
    user,
    {
      pipelineId: support.id,
      statusId: support.status(statusLabel),
      subject: "Invoice missing",
      description: "",
      contactEmail: "sla-contact@customer.example",
      priority: "MEDIUM",
      ownerId: null,
    },
    now,
  );
  return id;
}

const move = async (ticketId: string, label: string, now: Date) => {
  const agent = await userIdOf("AGENT");
  return changeTicket(
    ticketId,
    { kind: "status_change", toStatusId: support.status(label), cause: { kind: "user", userId: agent } },
    { now },
  );
};
const emailSent = async (ticketId: string, sentFrom: "ticket" | "contact", now: Date, automated = false) =>
  changeTicket(
    ticketId,
    {
      kind: "email_sent",
      sentFrom,
      forwarded: false,
      channelType: "TEAM_EMAIL",
      threadId: null,
      cause: automated
        ? { kind: "rule", ruleName: "Ticket received", depth: 1 }
        : { kind: "user", userId: await userIdOf("AGENT") },
    },
    { now },
  );

describe("the Automate tab's SLA section", () => {
  it("saves the targets for admins, with History rows, and moves the automation's version on", async () => {
    const before = await automationVersion();
    expectOk(await saveSla({ firstReply: "PT4H", close: "P2D", businessHours: true }));
    expect(await db.pipelineSla.findUniqueOrThrow({ where: { pipelineId: support.id } })).toMatchObject({
      firstReply: "PT4H",
      close: "P2D",
      businessHours: true,
    });
    expect(await automationVersion()).toBe(before + 1);
    const history = await db.settingsChange.findMany({ where: { entityType: "pipelineSla", entityId: support.id } });
    expect(history.map((c) => [c.field, c.before, c.after]).sort()).toEqual([
      ["sla.businessHours", false, true],
      ["sla.close", null, "P2D"],
      ["sla.firstReply", null, "PT4H"],
    ]);
  });

  it("refuses an agent (403), a bad duration (400 naming the field), and below Professional (403 PLAN_REQUIRED)", async () => {
    await actAs("AGENT");
    const sla = { firstReply: "PT4H", close: null, businessHours: false };
    expect(await saveSlaAction({ pipelineId: support.id, expectedVersion: 0, sla })).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    const bad = expectFailure(
      await saveSla({ firstReply: "P1M", close: "soon", businessHours: false }),
      "BAD_REQUEST",
      400,
    );
    expect(bad.issues.map((i) => i.path)).toEqual([
      ["sla", "firstReply"],
      ["sla", "close"],
    ]);
    await setPlan("STARTER");
    expectFailure(await saveSla(sla), "PLAN_REQUIRED", 403);
    expect(await db.pipelineSla.count()).toBe(0);
  });
});

describe("the automation document", () => {
  const path = () => `/api/v1/pipelines/${support.id}/automation`;
  const read = () => callApi(getAutomation, { path: path(), params: { id: support.id } });
  const write = (body: unknown) =>
    callApi(putAutomation, { path: path(), params: { id: support.id }, method: "PUT", body });

  it("carries sla and reopenWindowDays, imports them, and refuses a bad duration with its path", async () => {
    const doc = (await read()).body;
    expect(doc).toMatchObject({ sla: { firstReply: null, close: null, businessHours: false }, reopenWindowDays: null });
    const bad = await write({ ...doc, sla: { firstReply: "PT4H", close: "P2X", businessHours: false } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: unknown }) => i.path)).toEqual([["sla", "close"]]);
    const saved = await write({
      ...doc,
      sla: { firstReply: "PT1H", close: "P3D", businessHours: false },
      reopenWindowDays: 14,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: doc.version + 1,
      sla: { firstReply: "PT1H", close: "P3D", businessHours: false },
      reopenWindowDays: 14,
    });
    const history = await db.settingsChange.findMany({
      where: { entityId: support.id, field: { in: ["sla.close", "reopenWindowDays"] } },
    });
    expect(history.map((c) => [c.field, c.after])).toEqual(
      expect.arrayContaining([
        ["reopenWindowDays", 14],
        ["sla.close", "P3D"],
      ]),
    );
    await write({ ...saved.body, reopenWindowDays: null });
  });

  it("refuses to turn an SLA on below Professional (403 PLAN_REQUIRED) and changes nothing", async () => {
    const doc = (await read()).body;
    await setPlan("STARTER");
    const refused = await write({ ...doc, sla: { firstReply: "PT1H", close: null, businessHours: false } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("PLAN_REQUIRED");
    expect(await db.pipelineSla.count()).toBe(0);
  });
});

describe("a ticket's SLA (around the clock)", () => {
  it("is stored when the ticket is created, and its state follows the clock", async () => {
    expectOk(await saveSla({ firstReply: "PT4H", close: "P2D", businessHours: false }));
    const created = at("2026-03-02T10:00:00Z");
    const id = await newTicket(created);
    const row = await db.ticket.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      slaFirstReplyTarget: "PT4H",
      slaCloseTarget: "P2D",
      slaFirstReplyDueSoonAt: at("2026-03-02T13:12:00Z"),
      slaFirstReplyDueAt: at("2026-03-02T14:00:00Z"),
      slaCloseStartedAt: created,
      slaCloseDueAt: at("2026-03-04T10:00:00Z"),
    });
    const stateAt = async (iso: string) => (await getTicket(id, at(iso))).sla;
    expect((await stateAt("2026-03-02T11:00:00Z")).firstReply).toEqual({
      dueAt: "2026-03-02T14:00:00.000Z",
      metAt: null,
      status: "pending",
    });
    expect((await stateAt("2026-03-02T13:30:00Z")).firstReply.status).toBe("due_soon");
    expect((await stateAt("2026-03-02T14:00:01Z")).firstReply.status).toBe("overdue");
    expect((await stateAt("2026-03-04T10:00:01Z")).close.status).toBe("overdue");
  });

  it("GET /api/v1/tickets/:id shows it; a ticket of a pipeline without SLA has none", async () => {
    const id = await newTicket(new Date());
    const result = await callApi(getTicketRoute, { path: `/api/v1/tickets/${id}`, params: { id } });
    expect(result.status).toBe(200);
    expect(result.body.sla).toEqual({
      firstReply: { dueAt: null, metAt: null, status: "none" },
      close: { dueAt: null, metAt: null, status: "none" },
    });
    expect(result.body).toMatchObject({ followUpOfId: null, followUpIds: [] });
  });

  it("the first email a person sends from the ticket record meets the first reply; others do not", async () => {
    expectOk(await saveSla({ firstReply: "PT4H", close: null, businessHours: false }));
    const id = await newTicket(at("2026-03-02T10:00:00Z"));
    await emailSent(id, "contact", at("2026-03-02T10:30:00Z"));
    await emailSent(id, "ticket", at("2026-03-02T10:40:00Z"), true);
    expect((await getTicket(id, at("2026-03-02T11:00:00Z"))).sla.firstReply.metAt).toBeNull();
    await emailSent(id, "ticket", at("2026-03-02T11:00:00Z"));
    await emailSent(id, "ticket", at("2026-03-02T12:00:00Z"));
    expect((await getTicket(id, at("2026-03-09T00:00:00Z"))).sla.firstReply).toEqual({
      dueAt: "2026-03-02T14:00:00.000Z",
      metAt: "2026-03-02T11:00:00.000Z",
      status: "met",
    });
    const timeline = await db.timelineEntry.findMany({ where: { ticketId: id, kind: "sla" } });
    expect(timeline.map((e) => e.summary)).toContain(
      "SLA first reply made: an email was sent to the contact from the ticket record",
    );
  });

  it("closing meets close (missed when late); a reopen restarts close with the ticket's own target", async () => {
    expectOk(await saveSla({ firstReply: null, close: "PT8H", businessHours: false }));
    const id = await newTicket(at("2026-03-02T10:00:00Z"));
    await move(id, "Closed", at("2026-03-02T20:00:00Z"));
    expect((await getTicket(id, at("2026-03-03T00:00:00Z"))).sla.close).toEqual({
      dueAt: "2026-03-02T18:00:00.000Z",
      metAt: "2026-03-02T20:00:00.000Z",
      status: "missed",
    });
    // A target changed later applies to new tickets: the reopen restarts with PT8H, not PT1H.
    expectOk(await saveSla({ firstReply: null, close: "PT1H", businessHours: false }));
    await move(id, "New", at("2026-03-05T09:00:00Z"));
    const reopened = await db.ticket.findUniqueOrThrow({ where: { id } });
    expect(reopened).toMatchObject({
      slaCloseStartedAt: at("2026-03-05T09:00:00Z"),
      slaCloseDueAt: at("2026-03-05T17:00:00Z"),
      slaCloseMetAt: null,
    });
    await move(id, "Closed", at("2026-03-05T10:00:00Z"));
    expect((await getTicket(id, at("2026-03-06T00:00:00Z"))).sla.close.status).toBe("met");
  });

  it("no clock starts below Professional", async () => {
    expectOk(await saveSla({ firstReply: "PT4H", close: "P2D", businessHours: false }));
    await setPlan("STARTER");
    const id = await newTicket(at("2026-03-02T10:00:00Z"));
    expect((await getTicket(id, at("2026-03-02T11:00:00Z"))).sla.firstReply.status).toBe("none");
  });
});

describe("a ticket's SLA in business hours", () => {
  it("counts opening hours in the account's zone, and a calendar change re-times running clocks only", async () => {
    await saveBusinessHours(
      { id: await userIdOf("ACCOUNT_ADMIN"), name: "Avery Admin" },
      defaultBusinessHours("Europe/Berlin"),
    );
    expectOk(await saveSla({ firstReply: "PT4H", close: "PT16H", businessHours: true }));
    // Friday 16:00 in Berlin: 1 h that day, 3 h on Monday → Monday 12:00 (11:00Z); close: 1 h,
    // Monday's 8 h, 7 h on Tuesday → Tuesday 16:00 (15:00Z).
    const running = await newTicket(at("2026-01-09T15:00:00Z"));
    const answered = await newTicket(at("2026-01-09T15:00:00Z"));
    await emailSent(answered, "ticket", at("2026-01-09T15:30:00Z"));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: running } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-12T11:00:00Z"),
      slaCloseDueAt: at("2026-01-13T15:00:00Z"),
    });
    // Monday becomes a holiday: the running clocks move a day on; the one already met keeps its due time.
    await saveBusinessHours(
      { id: await userIdOf("ACCOUNT_ADMIN"), name: "Avery Admin" },
      { ...defaultBusinessHours("Europe/Berlin"), holidays: ["2026-01-12"] },
    );
    expect(await db.ticket.findUniqueOrThrow({ where: { id: running } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-13T11:00:00Z"),
      slaCloseDueAt: at("2026-01-14T15:00:00Z"),
    });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: answered } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-12T11:00:00Z"),
      slaCloseDueAt: at("2026-01-14T15:00:00Z"),
    });
    expect((await getTicket(answered, at("2026-01-20T00:00:00Z"))).sla.firstReply.status).toBe("met");
  });
});

describe("a time-zone change (Settings > Account > Business hours)", () => {
  it("re-times running business-hours clocks by each ticket's own target, not the pipeline's newer one", async () => {
    const admin = { id: await userIdOf("ACCOUNT_ADMIN"), name: "Avery Admin" };
    await saveBusinessHours(admin, defaultBusinessHours("Europe/Berlin"));
    expectOk(await saveSla({ firstReply: "PT4H", close: null, businessHours: true }));
    // Friday 16:00 in Berlin: 1 h that day, 3 h on Monday → Monday 12:00 (11:00Z).
    const running = await newTicket(at("2026-01-09T15:00:00Z"));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: running } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-12T11:00:00Z"),
    });
    // A target changed later applies to new tickets only.
    expectOk(await saveSla({ firstReply: "PT1H", close: null, businessHours: true }));
    // 09:00–17:00 in New York: Friday 10:00 there + the ticket's own 4 h = 14:00 (19:00Z).
    await saveBusinessHours(admin, defaultBusinessHours("America/New_York"));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: running } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-09T19:00:00Z"),
    });
    const later = await newTicket(at("2026-01-09T15:00:00Z"));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: later } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-09T16:00:00Z"),
    });
    await saveBusinessHours(admin, defaultBusinessHours("Europe/Berlin"));
  });
});

describe("a time-zone change on Settings > Account (the account's defaults)", () => {
  it("re-times running business-hours clocks, as the business hours' own save does", async () => {
    const admin = { id: await userIdOf("ACCOUNT_ADMIN"), name: "Avery Admin" };
    await saveBusinessHours(admin, defaultBusinessHours("Europe/Berlin"));
    expectOk(await saveSla({ firstReply: "PT4H", close: null, businessHours: true }));
    // Friday 16:00 in Berlin: 1 h that day, 3 h on Monday → Monday 12:00 (11:00Z).
    const running = await newTicket(at("2026-01-09T15:00:00Z"));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: running } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-12T11:00:00Z"),
    });
    await actAs("ACCOUNT_ADMIN");
    const account = await db.account.findFirstOrThrow();
    const settings = { name: account.name, planTier: account.planTier, expectedVersion: account.version };
    expectOk(await updateAccountAction({ ...settings, timeZone: "America/New_York" }));
    // 09:00–17:00 in New York: Friday 10:00 there + 4 h = 14:00 (19:00Z).
    expect(await db.ticket.findUniqueOrThrow({ where: { id: running } })).toMatchObject({
      slaFirstReplyDueAt: at("2026-01-09T19:00:00Z"),
    });
    // A save that keeps the zone leaves the clocks as they are.
    await db.ticket.update({ where: { id: running }, data: { slaFirstReplyDueAt: at("2026-02-01T00:00:00Z") } });
    expectOk(
      await updateAccountAction({
        ...settings,
        expectedVersion: settings.expectedVersion + 1,
        timeZone: "America/New_York",
        name: "Renamed",
      }),
    );
    expect((await db.ticket.findUniqueOrThrow({ where: { id: running } })).slaFirstReplyDueAt).toEqual(
      at("2026-02-01T00:00:00Z"),
    );
    await db.account.updateMany({ data: { name: account.name } });
  });
});

describe("the board's SLA badge, filter and order", () => {
  it("shows each card's SLA, filters by its state and sorts the next due first (database clock)", async () => {
    expectOk(await saveSla({ firstReply: "PT1H", close: null, businessHours: false }));
    const now = Date.now();
    const overdue = await newTicket(new Date(now - 2 * HOUR));
    const dueSoon = await newTicket(new Date(now - 50 * 60_000));
    const pending = await newTicket(new Date(now - 5 * 60_000));
    const met = await newTicket(new Date(now - 3 * HOUR));
    await emailSent(met, "ticket", new Date(now - 2.5 * HOUR));
    // The reply moved the answered ticket on (trigger A of the seeded pipeline): read it where it is.
    const metStatus = (await db.ticket.findUniqueOrThrow({ where: { id: met } })).statusId;
    type Filters = { sla?: "overdue" | "due_soon" | "pending" | "met" | "missed"; sort?: "sla" };
    const column = (filters: Filters, statusId = support.status("New")) =>
      boardColumnPage({ pipelineId: support.id, statusId, limit: 100, ...filters });
    const ids = async (filters: Filters, statusId?: string) => (await column(filters, statusId)).cards.map((c) => c.id);

    expect(await ids({ sla: "overdue" })).toContain(overdue);
    expect(await ids({ sla: "overdue" })).not.toContain(dueSoon);
    expect(await ids({ sla: "due_soon" })).toEqual(expect.arrayContaining([dueSoon]));
    expect(await ids({ sla: "due_soon" })).not.toContain(pending);
    expect(await ids({ sla: "pending" })).toContain(pending);
    expect(await ids({ sla: "met" }, metStatus)).toContain(met);
    expect(await ids({ sla: "pending" }, metStatus)).not.toContain(met);
    expect(await ids({ sla: "met" })).not.toContain(overdue);

    const sorted = await ids({ sort: "sla" });
    const order = [overdue, dueSoon, pending].map((id) => sorted.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const card = (await column({ sla: "overdue" })).cards.find((c) => c.id === overdue)!;
    expect(card.sla).toMatchObject({ target: "firstReply", status: "overdue", dueAt: expect.any(String) });
    const { timeZone } = await db.account.findFirstOrThrow({ select: { timeZone: true } });
    expect(card.sla!.dueLabel).toMatch(new RegExp(`\\(${timeZone}\\)$`));

    // Pages of the SLA order continue where the last one ended.
    const first = await boardColumnPage({
      pipelineId: support.id,
      statusId: support.status("New"),
      limit: 2,
      sort: "sla",
    });
    const next = await boardColumnPage({
      pipelineId: support.id,
      statusId: support.status("New"),
      limit: 100,
      sort: "sla",
      cursor: first.nextCursor!,
    });
    expect([...first.cards, ...next.cards].map((c) => c.id)).toEqual(sorted);
  });
});
