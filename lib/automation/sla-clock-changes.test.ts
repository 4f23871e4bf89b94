import { describe, expect, it } from "vitest";
import { NO_TICKET_SLA, slaClockChanges, slaRunningSince } from "./sla-clocks";
import type { TicketSla } from "./types";

const created = new Date("2025-06-09T10:00:00Z");
const later = new Date("2025-06-10T10:00:00Z");
const running: TicketSla = {
  ...NO_TICKET_SLA,
  firstReplyTarget: "PT4H",
  closeTarget: "P2D",
  closeStartedAt: created,
};

describe("SLA clocks for timers", () => {
  it("run since the creation (first reply) and the close clock's start, until met or stopped", () => {
    expect(slaRunningSince(running, created)).toEqual({ firstReply: created, close: created });
    expect(slaRunningSince({ ...running, firstReplyMetAt: later, closeMetAt: later }, created)).toEqual({
      firstReply: null,
      close: null,
    });
    expect(slaRunningSince({ ...running, firstReplyStoppedAt: later }, created).firstReply).toBeNull();
    expect(slaRunningSince(NO_TICKET_SLA, created)).toEqual({ firstReply: null, close: null });
  });

  it("a new ticket starts both; a first reply ends one; a reopen ends the old close clock and starts a new one", () => {
    expect(slaClockChanges(null, running, created)).toEqual({
      started: [
        { target: "firstReply", startedAt: created },
        { target: "close", startedAt: created },
      ],
      ended: [],
    });
    expect(slaClockChanges(running, { ...running, firstReplyMetAt: later }, created)).toEqual({
      started: [],
      ended: ["firstReply"],
    });
    const closed = { ...running, closeMetAt: later };
    expect(slaClockChanges(closed, { ...closed, closeStartedAt: later, closeMetAt: null }, created)).toEqual({
      started: [{ target: "close", startedAt: later }],
      ended: [],
    });
    expect(slaClockChanges(running, { ...running, closeStartedAt: later }, created)).toEqual({
      started: [{ target: "close", startedAt: later }],
      ended: ["close"],
    });
    expect(slaClockChanges(running, running, created)).toEqual({ started: [], ended: [] });
  });
});
