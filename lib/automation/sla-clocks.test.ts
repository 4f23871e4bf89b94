import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { NO_TICKET_SLA } from "./sla-clocks";
import { ticketCreatedEffects } from "./ticket-created";
import {
  aPipeline,
  aTicket,
  anEmailSent,
  byRule,
  byUser,
  changesOf,
  CLOSED,
  ctxAt,
  NEW,
  timelineOf,
  WAITING_ON_US,
  WONT_FIX,
} from "./test-fixtures";
import type { PlanTier } from "./plans";
import type { TicketSla } from "./types";

const now = "2025-06-10T10:00:00Z";
const at = new Date(now);
const withSla = aPipeline({ sla: { firstReply: "PT4H", close: "P2D", businessHours: true } });
const running: TicketSla = {
  ...NO_TICKET_SLA,
  firstReplyTarget: "PT4H",
  closeTarget: "P2D",
  businessHours: true,
  closeStartedAt: new Date("2025-06-09T10:00:00Z"),
};
const slaOf = (effects: ReturnType<typeof changesOf>) => effects.flatMap((e) => (e.type === "set_sla" ? [e] : []));
const move = (toStatusId: string, cause = byUser) => ({ kind: "status_change", toStatusId, cause }) as const;

function created(status = NEW, planTier: PlanTier = "PROFESSIONAL", pipeline = withSla) {
  const by = { actorUserId: "us-agent", eventId: null, ruleName: null, depth: 0 };
  const ticket = { source: "EMAIL", priority: "MEDIUM", ownerId: null } as const;
  return ticketCreatedEffects({ ticket, pipeline, status, by, now: at, timeZone: "UTC", planTier });
}

describe("SLA clocks (SPEC §9)", () => {
  it("a new ticket takes its pipeline's targets and starts both clocks, with a timeline line", () => {
    const effects = created();
    expect(slaOf(effects)).toEqual([
      {
        type: "set_sla",
        change: "started",
        at,
        sla: { ...running, closeStartedAt: at },
      },
    ]);
    expect(effects).toContainEqual(
      expect.objectContaining({
        type: "timeline",
        entry: expect.objectContaining({
          kind: "sla",
          summary: "SLA started: first reply within PT4H, close within P2D (business hours)",
        }),
      }),
    );
  });

  it("starts no clock below Professional, or without targets", () => {
    expect(slaOf(created(NEW, "STARTER"))).toEqual([]);
    expect(slaOf(created(NEW, "PROFESSIONAL", aPipeline()))).toEqual([]);
    expect(slaOf(created(NEW, "ENTERPRISE"))).toHaveLength(1);
  });

  it("a ticket created closed meets close at once and stops its first reply", () => {
    expect(slaOf(created(CLOSED)).map((e) => e.change)).toEqual(["started", "close_met", "first_reply_stopped"]);
  });

  it("the first email a person sends from the ticket record meets the first reply; later ones change nothing", () => {
    const ticket = aTicket({ sla: running });
    const met = slaOf(changesOf(decide(ticket, withSla, anEmailSent(), ctxAt(now))));
    expect(met).toEqual([{ type: "set_sla", change: "first_reply_met", at, sla: { ...running, firstReplyMetAt: at } }]);
    const answered = aTicket({ sla: { ...running, firstReplyMetAt: new Date("2025-06-09T11:00:00Z") } });
    expect(slaOf(changesOf(decide(answered, withSla, anEmailSent(), ctxAt(now))))).toEqual([]);
  });

  it("automated emails, the contact record, a personal inbox and forwards do not meet the first reply", () => {
    const ticket = aTicket({ sla: running });
    for (const email of [
      anEmailSent({ cause: byRule(1) }),
      anEmailSent({ sentFrom: "contact" }),
      anEmailSent({ sentFrom: "personal_inbox" }),
      anEmailSent({ forwarded: true }),
      anEmailSent({ channelType: "CHAT" }),
    ]) {
      expect(slaOf(changesOf(decide(ticket, withSla, email, ctxAt(now))))).toEqual([]);
    }
  });

  it("entering a closed status meets close and stops an unanswered first reply; closed → closed changes nothing", () => {
    const decision = decide(aTicket({ sla: running }), withSla, move(CLOSED.id), ctxAt(now));
    expect(slaOf(changesOf(decision)).map((e) => [e.change, e.sla.closeMetAt, e.sla.firstReplyStoppedAt])).toEqual([
      ["close_met", at, null],
      ["first_reply_stopped", at, at],
    ]);
    expect(timelineOf(decision).map((e) => e.summary)).toContain(
      "SLA close reached: the ticket entered a closed status",
    );
    const closed = aTicket({ statusId: CLOSED.id, sla: { ...running, closeMetAt: at } });
    expect(slaOf(changesOf(decide(closed, withSla, move(WONT_FIX.id), ctxAt(now))))).toEqual([]);
  });

  it("a reopen restarts close from the reopen, with the ticket's own target (not the pipeline's new one)", () => {
    const closed = aTicket({
      statusId: CLOSED.id,
      sla: {
        ...running,
        closeMetAt: new Date("2025-06-09T12:00:00Z"),
        firstReplyMetAt: new Date("2025-06-09T11:00:00Z"),
      },
    });
    const changedTargets = aPipeline({ sla: { firstReply: "PT1H", close: "PT8H", businessHours: false } });
    const [restart] = slaOf(changesOf(decide(closed, changedTargets, move(WAITING_ON_US.id), ctxAt(now))));
    expect(restart).toEqual({
      type: "set_sla",
      change: "close_restarted",
      at,
      sla: { ...closed.sla, closeStartedAt: at, closeMetAt: null },
    });
  });

  it("moves between open statuses leave the clocks alone, and a ticket without SLA gets none", () => {
    expect(slaOf(changesOf(decide(aTicket({ sla: running }), withSla, move(WAITING_ON_US.id), ctxAt(now))))).toEqual(
      [],
    );
    expect(slaOf(changesOf(decide(aTicket(), withSla, move(CLOSED.id), ctxAt(now))))).toEqual([]);
  });
});
