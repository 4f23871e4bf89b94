import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { durationWords, occurrenceKey, slaTimerEffects, timerFired } from "./time-triggers";
import { aPipeline, aTicket, byUser, changesOf, ctxAt, NEW, WAITING_ON_US } from "./test-fixtures";
import type { TicketClocks, TimerOccurrence, TimeWorkflowSnapshot } from "./types";

const HOUR = 3_600_000;

function aTimeWorkflow(overrides: Partial<TimeWorkflowSnapshot> = {}): TimeWorkflowSnapshot {
  return {
    workflowId: "wf-stuck",
    name: "Stuck in Waiting on us",
    trigger: "STATUS_DURATION",
    enabled: true,
    enrollmentFilterGroups: [],
    reenrollment: true,
    hasActions: true,
    statusId: WAITING_ON_US.id,
    after: "PT1H",
    afterMs: HOUR,
    businessHours: false,
    slaTarget: null,
    ...overrides,
  };
}

const enteredAt = new Date("2026-03-02T10:00:00Z");
const timer: TimerOccurrence = {
  workflowId: "wf-stuck",
  trigger: "STATUS_DURATION",
  statusId: WAITING_ON_US.id,
  slaTarget: null,
  startedAt: enteredAt,
};
const clocks: TicketClocks = { statusEnteredAt: enteredAt, slaRunningSince: { firstReply: null, close: null } };
const waiting = aTicket({ statusId: WAITING_ON_US.id });
const ctx = { now: new Date("2026-03-02T11:00:00Z"), timeZone: "Europe/Berlin" };

describe("time triggers: starting a clock", () => {
  it("entering the status starts one timer per enabled 'in status for D' workflow on it", () => {
    const pipeline = aPipeline({
      timeWorkflows: [
        aTimeWorkflow(),
        aTimeWorkflow({ workflowId: "wf-off", enabled: false }),
        aTimeWorkflow({ workflowId: "wf-other", statusId: NEW.id }),
      ],
    });
    const effects = changesOf(
      decide(
        aTicket(),
        pipeline,
        { kind: "status_change", toStatusId: WAITING_ON_US.id, cause: byUser },
        ctxAt("2026-03-02T10:00:00Z"),
      ),
    );
    const timers = effects.filter((e) => e.type === "start_timer");
    expect(timers).toEqual([
      expect.objectContaining({ workflowId: "wf-stuck", startedAt: enteredAt, afterMs: HOUR, businessHours: false }),
    ]);
  });

  it("SLA timers are due at the ticket's own due-soon / due instants", () => {
    const pipeline = aPipeline({
      timeWorkflows: [
        aTimeWorkflow({ workflowId: "wf-soon", trigger: "SLA_DUE_SOON", statusId: null, slaTarget: "firstReply" }),
        aTimeWorkflow({ workflowId: "wf-late", trigger: "SLA_OVERDUE", statusId: null, slaTarget: "firstReply" }),
        aTimeWorkflow({ workflowId: "wf-close", trigger: "SLA_OVERDUE", statusId: null, slaTarget: "close" }),
      ],
    });
    const clock = {
      startedAt: enteredAt,
      dueSoonAt: new Date("2026-03-02T13:12:00Z"),
      dueAt: new Date("2026-03-02T14:00:00Z"),
    };
    const timers = slaTimerEffects(pipeline, "firstReply", clock);
    expect(timers.map((t) => t.type === "start_timer" && [t.workflowId, t.dueAt?.toISOString()])).toEqual([
      ["wf-soon", "2026-03-02T13:12:00.000Z"],
      ["wf-late", "2026-03-02T14:00:00.000Z"],
    ]);
  });
});

describe("time triggers: a timer comes due", () => {
  it("enrols once for the occurrence, saying which rule fired and why", () => {
    const pipeline = aPipeline({ timeWorkflows: [aTimeWorkflow({ businessHours: true })] });
    const outcome = timerFired(waiting, pipeline, timer, clocks, ctx);
    expect(outcome.fired).toBe(true);
    if (!outcome.fired) return;
    expect(outcome.effects[0]).toMatchObject({
      type: "enroll",
      workflowId: "wf-stuck",
      trigger: "STATUS_DURATION",
      occurrenceKey: `status:${WAITING_ON_US.id}:2026-03-02T10:00:00.000Z`,
    });
    expect(outcome.effects[1]).toMatchObject({
      type: "timeline",
      entry: {
        kind: "workflow_enrolled",
        ruleName: "status_duration_trigger",
        summary:
          'Enrolled in workflow "Stuck in Waiting on us": the ticket has been in "Waiting on us" for 1 hour of business hours (since 2026-03-02 11:00 Europe/Berlin)',
      },
    });
  });

  it("a ticket that left the status (or left and came back: a new stay) does not enrol for the old stay", () => {
    const pipeline = aPipeline({ timeWorkflows: [aTimeWorkflow()] });
    expect(timerFired(aTicket({ statusId: NEW.id }), pipeline, timer, clocks, ctx)).toEqual({
      fired: false,
      reason: "the ticket left the status",
    });
    const reentered = { ...clocks, statusEnteredAt: new Date("2026-03-02T10:30:00Z") };
    expect(timerFired(waiting, pipeline, timer, reentered, ctx)).toEqual({
      fired: false,
      reason: "the ticket left the status",
    });
    // The new stay is its own occurrence.
    expect(occurrenceKey({ ...timer, startedAt: reentered.statusEnteredAt })).not.toBe(occurrenceKey(timer));
  });

  it("passes over a workflow turned off, changed or gone", () => {
    expect(
      timerFired(waiting, aPipeline({ timeWorkflows: [aTimeWorkflow({ enabled: false })] }), timer, clocks, ctx),
    ).toEqual({
      fired: false,
      reason: "the workflow is turned off",
    });
    expect(
      timerFired(waiting, aPipeline({ timeWorkflows: [aTimeWorkflow({ statusId: NEW.id })] }), timer, clocks, ctx),
    ).toEqual({
      fired: false,
      reason: "the workflow's status changed",
    });
    expect(timerFired(waiting, aPipeline(), timer, clocks, ctx)).toEqual({
      fired: false,
      reason: "the workflow no longer has this trigger",
    });
  });

  it("filters still decide at firing time, and the skip is on the timeline", () => {
    const pipeline = aPipeline({
      timeWorkflows: [
        aTimeWorkflow({ enrollmentFilterGroups: [[{ property: "priority", operator: "is", value: "URGENT" }]] }),
      ],
    });
    const outcome = timerFired(waiting, pipeline, timer, clocks, ctx);
    expect(outcome.fired && outcome.effects.map((e) => e.type)).toEqual(["skip_enrollment", "timeline"]);
  });

  it("re-enrollment off: only the first occurrence ever enrols", () => {
    const pipeline = aPipeline({ timeWorkflows: [aTimeWorkflow({ reenrollment: false })] });
    const again = aTicket({ statusId: WAITING_ON_US.id, enrolledWorkflowIds: ["wf-stuck"] });
    const outcome = timerFired(again, pipeline, timer, clocks, ctx);
    expect(outcome.fired && outcome.effects[0]).toMatchObject({ type: "skip_enrollment", reason: "already_enrolled" });
  });

  it("an SLA timer fires only while that clock still runs from the same start", () => {
    const sla = aTimeWorkflow({
      workflowId: "wf-late",
      trigger: "SLA_OVERDUE",
      statusId: null,
      slaTarget: "firstReply",
    });
    const pipeline = aPipeline({ timeWorkflows: [sla] });
    const slaTimer: TimerOccurrence = {
      workflowId: "wf-late",
      trigger: "SLA_OVERDUE",
      statusId: null,
      slaTarget: "firstReply",
      startedAt: enteredAt,
    };
    const running = { ...clocks, slaRunningSince: { firstReply: enteredAt, close: null } };
    const fired = timerFired(waiting, pipeline, slaTimer, running, ctx);
    expect(fired.fired && fired.effects[1]).toMatchObject({
      entry: { ruleName: "sla_overdue_trigger", summary: expect.stringContaining("the SLA first reply is overdue") },
    });
    expect(timerFired(waiting, pipeline, slaTimer, clocks, ctx)).toEqual({
      fired: false,
      reason: "the first reply clock stopped",
    });
  });
});

describe("durationWords", () => {
  it("says the wait in its largest whole unit", () => {
    expect(durationWords(HOUR)).toBe("1 hour");
    expect(durationWords(90 * 60_000)).toBe("90 minutes");
    expect(durationWords(2 * 86_400_000)).toBe("2 days");
    expect(durationWords(14 * 86_400_000)).toBe("2 weeks");
  });
});
