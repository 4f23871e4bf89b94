// Property: whatever sequence of moves, replies and sent emails hits a ticket, with the
// close-date toggle flipping between them, the §1 and §3 invariants hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateIn } from "./calendar-date";
import { decide } from "./decide";
import { findStatus, firstOpenStatus } from "./first-open-status";
import type { Cause, Happening } from "./happenings";
import { projectTicket } from "./project-ticket";
import { aPipeline, aTicket, ctxAt } from "./test-fixtures";
import type { PipelineSnapshot, StatusSnapshot, TicketSnapshot } from "./types";

const ZONES = ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"];

const statusesArb = fc
  .array(
    fc.record({
      state: fc.constantFrom("OPEN" as const, "CLOSED" as const),
      displayOrder: fc.integer({ min: 0, max: 9 }),
    }),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((specs): StatusSnapshot[] => [
    { id: "st-0", label: "S0", displayOrder: 0, state: "OPEN" }, // a fresh ticket needs an open status
    ...specs.map((s, i) => ({ id: `st-${i + 1}`, label: `S${i + 1}`, ...s })),
  ]);

const causeArb: fc.Arbitrary<Cause> = fc.oneof(
  fc.constant<Cause>({ kind: "user", userId: "us-1" }),
  fc.integer({ min: 0, max: 6 }).map((depth): Cause => ({ kind: "rule", ruleName: "wf", depth })),
  fc.constant<Cause>({ kind: "event", eventId: "ev" }),
);

const stepArb = fc.record({
  closeDateAutomation: fc.boolean(),
  advanceMs: fc.integer({ min: 0, max: 3 * 86_400_000 }),
  timeZone: fc.constantFrom(...ZONES),
  target: fc.integer({ min: 0, max: 7 }), // indexes past the end are statuses of another pipeline
  kind: fc.constantFrom("status_change", "message_received", "email_sent"),
  cause: causeArb,
  flags: fc.record({ forwarded: fc.boolean(), fromContact: fc.boolean(), onOrigin: fc.boolean() }),
  recentAutomationCount: fc.integer({ min: 0, max: 25 }),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function happeningFor(step: Step, now: Date): Happening {
  const { flags, cause } = step;
  if (step.kind === "status_change") return { kind: "status_change", toStatusId: `st-${step.target}`, cause };
  if (step.kind === "email_sent") {
    return {
      kind: "email_sent",
      channelType: "TEAM_EMAIL",
      sentFrom: "ticket",
      forwarded: flags.forwarded,
      threadId: "th-origin",
      cause,
    };
  }
  return {
    kind: "message_received",
    channelType: "TEAM_EMAIL",
    threadId: flags.onOrigin ? "th-origin" : "th-other",
    threadCreatedAt: now,
    forwarded: flags.forwarded,
    inReplyToForwarded: false,
    fromContact: flags.fromContact,
    autoReply: false,
    cause,
  };
}

function pipelineFor(statuses: StatusSnapshot[], step: Step): PipelineSnapshot {
  const some = statuses[step.target % statuses.length]?.id ?? null;
  return aPipeline({
    statuses,
    automation: {
      closeDateAutomation: step.closeDateAutomation,
      emailSentTrigger: { enabled: true, statusId: some },
      customerReplyTrigger: { enabled: true, statusId: some },
    },
  });
}

describe("random sequences of status moves (property)", () => {
  it("keep the ticket in its pipeline and the close date exactly as SPEC §3 says", () => {
    fc.assert(
      fc.property(statusesArb, fc.array(stepArb, { maxLength: 40 }), (statuses, steps) => {
        let now = new Date("2025-01-01T00:00:00Z");
        const start = firstOpenStatus(aPipeline({ statuses }))!;
        let ticket: TicketSnapshot = aTicket({ statusId: start.id, createdAt: now });
        let expectedCloseDate: string | null = null; // set on each open → closed entry with the toggle on
        for (const step of steps) {
          now = new Date(now.getTime() + step.advanceMs);
          const pipeline = pipelineFor(statuses, step);
          const ctx = ctxAt(now.toISOString(), {
            timeZone: step.timeZone,
            recentAutomationCount: step.recentAutomationCount,
          });
          const decision = decide(ticket, pipeline, happeningFor(step, now), ctx);
          if (!decision.ok) {
            // The only refusal here: a move to a status of another pipeline.
            expect(decision.refusal.code).toBe("ILLEGAL_MOVE");
            expect(findStatus(pipeline, `st-${step.target}`)).toBeNull();
            continue;
          }
          const before = findStatus(pipeline, ticket.statusId)!;
          const after = projectTicket(ticket, decision.effects);
          const to = findStatus(pipeline, after.statusId);
          expect(to).not.toBeNull(); // always in a status of its pipeline
          if (before.state === "OPEN" && to!.state === "CLOSED" && step.closeDateAutomation) {
            expectedCloseDate = calendarDateIn(now, step.timeZone);
          }
          expect(after.closeDate).toBe(expectedCloseDate);
          if (before.state === "CLOSED" && to!.state === "OPEN") {
            expect(after.closeDate).toBe(ticket.closeDate); // closed → open never clears it
            expect(after.reopenedAt).toEqual(now);
          }
          if (step.cause.kind === "rule" && step.cause.depth >= ctx.limits.maxDepth) {
            expect(after.statusId).toBe(ticket.statusId); // the loop guard held
          }
          ticket = after;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("set the close date iff the ticket ever entered a closed status from an open one with the toggle on", () => {
    fc.assert(
      fc.property(
        statusesArb,
        fc.array(fc.record({ target: fc.nat(6), closeDateAutomation: fc.boolean() }), { maxLength: 30 }),
        (statuses, moves) => {
          let ticket = aTicket({ statusId: "st-0" });
          let everClosedWithToggleOn = false;
          for (const move of moves) {
            const pipeline = aPipeline({ statuses, automation: { closeDateAutomation: move.closeDateAutomation } });
            const happening: Happening = {
              kind: "status_change",
              toStatusId: `st-${move.target}`,
              cause: { kind: "user", userId: "u" },
            };
            const decision = decide(ticket, pipeline, happening, ctxAt("2025-06-10T12:00:00Z"));
            if (!decision.ok) continue;
            const from = findStatus(pipeline, ticket.statusId)!;
            ticket = projectTicket(ticket, decision.effects);
            const to = findStatus(pipeline, ticket.statusId)!;
            if (from.state === "OPEN" && to.state === "CLOSED" && move.closeDateAutomation)
              everClosedWithToggleOn = true;
            expect(ticket.closeDate !== null).toBe(everClosedWithToggleOn);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
