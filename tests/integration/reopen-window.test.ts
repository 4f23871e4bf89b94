// SPEC §9 reopen window, through real SMTP intake: off (the default), a reply to a closed ticket
// reopens it however old; on, a reply within the window reopens it and one after it opens a
// follow-up ticket linked to the old one (both records show the link in the API), which the
// contact's next reply, on our answer's thread, reaches. The close instant is set in the past
// in the database (an injected clock, no sleeping).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getTicketRoute } from "@/app/api/v1/tickets/[id]/route";
import { setReopenWindowAction } from "@/lib/automate/time-settings-actions";
import { db } from "@/lib/db";
import { callApi } from "../support/api";
import { seededPipeline } from "../support/engine-fixtures";
import { INBOX, newMessageId, someone, useInboundSmtp } from "../support/inbound-smtp";
import { expectFailure, expectOk } from "../support/status-actions";
import { actAs } from "../support/users";

const smtp = useInboundSmtp();
let support: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
});
afterEach(async () => {
  await db.pipelineAutomation.updateMany({ where: { pipelineId: support.id }, data: { reopenWindowDays: null } });
});

const DAY = 86_400_000;
const version = async () =>
  (await db.pipelineAutomation.findUnique({ where: { pipelineId: support.id } }))?.version ?? 0;

async function setWindow(days: number | null) {
  await actAs("ACCOUNT_ADMIN");
  return setReopenWindowAction({ pipelineId: support.id, expectedVersion: await version(), reopenWindowDays: days });
}

/** A ticket opened by email, closed `daysAgo` days ago; `reply` answers its first message. */
async function closedTicket(daysAgo: number) {
  const from = someone("late");
  const first = newMessageId();
  await smtp.client.send({ from, to: INBOX, subject: "Broken login", text: "I cannot log in.", messageId: first });
  const { thread } = await db.message.findUniqueOrThrow({ where: { messageId: first }, select: { thread: true } });
  const closedAt = new Date(Date.now() - daysAgo * DAY);
  await db.ticket.update({
    where: { id: thread.ticketId! },
    data: { statusId: support.status("Closed"), closedAt, lastStatusChangeAt: closedAt },
  });
  const reply = (messageId = newMessageId(), inReplyTo = first) =>
    smtp.client
      .send({
        from,
        to: INBOX,
        subject: "Re: Broken login",
        text: "It broke again.",
        messageId,
        inReplyTo,
        references: [inReplyTo],
      })
      .then(() => messageId);
  return { ticketId: thread.ticketId!, reply };
}

const apiTicket = async (id: string) =>
  (await callApi(getTicketRoute, { path: `/api/v1/tickets/${id}`, params: { id } })).body;
const ticketOf = async (messageId: string) =>
  (await db.message.findUniqueOrThrow({ where: { messageId }, select: { thread: { select: { ticketId: true } } } }))
    .thread.ticketId;

describe("reopen window (SPEC §9)", () => {
  it("is off by default: a reply to a ticket closed long ago reopens it", async () => {
    const old = await closedTicket(400);
    const messageId = await old.reply();
    expect(await ticketOf(messageId)).toBe(old.ticketId);
    expect((await apiTicket(old.ticketId)).statusId).toBe(support.status("New"));
  });

  it("is set by admins only, with History, and refuses 0 days with the field named", async () => {
    await actAs("AGENT");
    expect(
      await setReopenWindowAction({ pipelineId: support.id, expectedVersion: await version(), reopenWindowDays: 7 }),
    ).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    const bad = expectFailure(await setWindow(0), "BAD_REQUEST", 400);
    expect(bad.issues[0]).toMatchObject({ path: ["reopenWindowDays"], message: "Use at least 1 day" });
    expectOk(await setWindow(7));
    const change = await db.settingsChange.findFirstOrThrow({
      where: { entityId: support.id, field: "reopenWindowDays" },
      orderBy: { createdAt: "desc" },
    });
    expect([change.before, change.after]).toEqual([null, 7]);
  });

  it("within the window the reply reopens the ticket as before", async () => {
    expectOk(await setWindow(7));
    const old = await closedTicket(6);
    const messageId = await old.reply();
    expect(await ticketOf(messageId)).toBe(old.ticketId);
    expect((await apiTicket(old.ticketId)).statusId).toBe(support.status("New"));
  });

  it("past the window the reply opens a linked follow-up ticket; the old one stays closed and says why", async () => {
    expectOk(await setWindow(7));
    const old = await closedTicket(8);
    const messageId = await old.reply();
    const followUpId = await ticketOf(messageId);
    expect(followUpId).not.toBe(old.ticketId);

    const oldTicket = await apiTicket(old.ticketId);
    const followUp = await apiTicket(followUpId!);
    expect(oldTicket).toMatchObject({ statusId: support.status("Closed"), followUpIds: [followUpId] });
    expect(followUp).toMatchObject({
      followUpOfId: old.ticketId,
      statusId: support.status("New"),
      pipelineId: support.id,
      subject: "Re: Broken login",
      contactId: expect.any(String),
    });
    expect(followUp.contactId).toBe((await db.ticket.findUniqueOrThrow({ where: { id: old.ticketId } })).contactId);
    const oldLines = await db.timelineEntry.findMany({ where: { ticketId: old.ticketId, kind: "follow_up" } });
    expect(oldLines.map((l) => l.summary)).toEqual([
      "Not reopened: the ticket closed more than 7 days ago (the reopen window), so the reply opens a follow-up ticket",
    ]);
    const newLines = await db.timelineEntry.findMany({ where: { ticketId: followUpId!, kind: "follow_up" } });
    expect(newLines[0]!.summary).toMatch(/^Follow-up of ticket "/);

    // The contact answers on the follow-up's thread (replying to the late reply): it reaches the follow-up.
    const next = await old.reply(newMessageId(), messageId);
    expect(await ticketOf(next)).toBe(followUpId);
    expect(await db.ticket.count({ where: { followUpOfId: old.ticketId } })).toBe(1);
  });
});
