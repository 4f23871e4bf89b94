import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import type { Happening } from "./happenings";
import { RULE } from "./rule-names";
import {
  aPipeline,
  aTicket,
  aWorkflow,
  byRule,
  byUser,
  changesOf,
  CLOSED,
  ctxAt,
  effectsOf,
  NEW,
  timelineOf,
  WAITING_ON_US,
  WONT_FIX,
} from "./test-fixtures";

const now = "2025-06-10T23:30:00Z";
const move = (toStatusId: string, extra: Partial<Extract<Happening, { kind: "status_change" }>> = {}): Happening => ({
  kind: "status_change",
  toStatusId,
  cause: byUser,
  ...extra,
});

describe("decide: a status change", () => {
  it("moves the ticket, sets the close date in the account's zone and explains both", () => {
    const decision = decide(aTicket(), aPipeline(), move(CLOSED.id), ctxAt(now, { timeZone: "Asia/Tokyo" }));
    expect(changesOf(decision)).toEqual([
      { type: "set_status", statusId: CLOSED.id, fromStatusId: NEW.id, ruleName: null, depth: 0, at: new Date(now) },
      { type: "set_close_date", date: "2025-06-11", previous: null, setBy: "automation" },
      { type: "set_time_to_close", ms: new Date(now).getTime() - new Date("2025-03-01T09:00:00Z").getTime() },
      { type: "mark_closed", at: new Date(now) },
    ]);
    expect(timelineOf(decision)).toMatchObject([
      {
        kind: "status_changed",
        summary: 'Status changed from "New" to "Closed"',
        actorUserId: "us-agent",
        ruleName: null,
      },
      { kind: "close_date_set", ruleName: RULE.closeDateAutomation, actorUserId: "us-agent" },
    ]);
  });

  it("refuses a move to a status outside the ticket's pipeline", () => {
    expect(decide(aTicket(), aPipeline(), move("st-other-pipeline"), ctxAt(now))).toEqual({
      ok: false,
      refusal: { code: "ILLEGAL_MOVE", message: expect.stringContaining("Support Pipeline") },
    });
  });

  it("treats a move to the current status as a no-op, not an error", () => {
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow({ statusId: NEW.id })] });
    expect(decide(aTicket(), pipeline, move(NEW.id), ctxAt(now))).toEqual({ ok: true, effects: [] });
  });

  it("refuses a stale version and accepts the current one", () => {
    const ticket = aTicket({ version: 7 });
    const stale = decide(ticket, aPipeline(), move(CLOSED.id, { expectedVersion: 6 }), ctxAt(now));
    expect(stale).toMatchObject({ ok: false, refusal: { code: "VERSION_CONFLICT" } });
    expect(decide(ticket, aPipeline(), move(CLOSED.id, { expectedVersion: 7 }), ctxAt(now)).ok).toBe(true);
  });

  it("refuses a pipeline that is not the ticket's", () => {
    const decision = decide(aTicket({ pipelineId: "pl-sales" }), aPipeline(), move(CLOSED.id), ctxAt(now));
    expect(decision).toMatchObject({ ok: false, refusal: { code: "PIPELINE_MISMATCH" } });
  });

  it("reopens a closed ticket moved to an open status, keeping its close date", () => {
    const ticket = aTicket({ statusId: CLOSED.id, closeDate: "2025-05-01", timeToCloseMs: 10 });
    const changes = changesOf(decide(ticket, aPipeline(), move(WAITING_ON_US.id), ctxAt(now)));
    expect(changes).toEqual([
      expect.objectContaining({ type: "set_status", statusId: WAITING_ON_US.id }),
      { type: "keep_close_date", date: "2025-05-01", reason: "reopened" },
      { type: "mark_reopened", at: new Date(now) },
    ]);
  });

  it("keeps the close date on a closed → closed move", () => {
    const ticket = aTicket({ statusId: CLOSED.id, closeDate: "2025-05-01", timeToCloseMs: 10 });
    const changes = changesOf(decide(ticket, aPipeline(), move(WONT_FIX.id), ctxAt(now)));
    expect(changes).toContainEqual({ type: "keep_close_date", date: "2025-05-01", reason: "already_closed" });
    expect(changes.some((e) => e.type === "set_close_date" || e.type === "mark_reopened")).toBe(false);
  });

  it("enrols a person's move in the status's workflow at depth 1", () => {
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow()] });
    const decision = decide(aTicket(), pipeline, move(CLOSED.id), ctxAt(now));
    expect(changesOf(decision)).toContainEqual(
      expect.objectContaining({ type: "enroll", workflowId: "wf-closed", depth: 1 }),
    );
    expect(timelineOf(decision)).toContainEqual(
      expect.objectContaining({ kind: "workflow_enrolled", ruleName: RULE.statusActions, depth: 1 }),
    );
  });

  it("enrols a workflow action's move one level deeper and names the workflow", () => {
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow()] });
    const decision = decide(aTicket(), pipeline, move(CLOSED.id, { cause: byRule(2) }), ctxAt(now));
    expect(changesOf(decision)).toContainEqual(
      expect.objectContaining({ type: "set_status", ruleName: "Escalate workflow", depth: 2 }),
    );
    expect(changesOf(decision)).toContainEqual(expect.objectContaining({ type: "enroll", depth: 3 }));
    expect(timelineOf(decision)[0]).toMatchObject({
      summary: 'Status changed from "New" to "Closed" by workflow "Escalate workflow"',
      eventId: "ev-root",
      actorUserId: null,
    });
  });

  it("records a skipped chat enrolment on the timeline", () => {
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow()] });
    const decision = decide(aTicket({ source: "CHAT" }), pipeline, move(CLOSED.id), ctxAt(now));
    expect(timelineOf(decision)).toContainEqual(expect.objectContaining({ kind: "workflow_skipped" }));
  });
});

describe("decide: the loop guard", () => {
  it("stops a workflow action at the depth limit: nothing moves, and it says why", () => {
    const decision = decide(aTicket(), aPipeline(), move(CLOSED.id, { cause: byRule(5) }), ctxAt(now));
    expect(changesOf(decision)).toEqual([
      { type: "loop_guard_tripped", reason: "depth", limit: 5, observed: 5, blocked: 'ticket not moved to "Closed"' },
    ]);
    expect(timelineOf(decision)).toMatchObject([{ kind: "loop_guard", ruleName: RULE.loopGuard }]);
  });

  it("lets a workflow action through just below the depth limit", () => {
    expect(
      changesOf(decide(aTicket(), aPipeline(), move(CLOSED.id, { cause: byRule(4) }), ctxAt(now)))[0],
    ).toMatchObject({
      type: "set_status",
    });
  });

  it("stops a workflow action once the ticket used its hourly automation budget", () => {
    const ctx = ctxAt(now, { recentAutomationCount: 20 });
    expect(changesOf(decide(aTicket(), aPipeline(), move(CLOSED.id, { cause: byRule(1) }), ctx))).toMatchObject([
      { type: "loop_guard_tripped", reason: "hourly_limit" },
    ]);
  });

  it("never stops a person's own move", () => {
    const ctx = ctxAt(now, { recentAutomationCount: 500 });
    expect(changesOf(decide(aTicket(), aPipeline(), move(CLOSED.id), ctx))[0]).toMatchObject({ type: "set_status" });
  });

  it("does not trip on a no-op", () => {
    expect(decide(aTicket(), aPipeline(), move(NEW.id, { cause: byRule(9) }), ctxAt(now))).toEqual({
      ok: true,
      effects: [],
    });
  });
});

describe("decide: every change is explained on the timeline (SPEC §7)", () => {
  it("follows each changing effect with its timeline entry", () => {
    const pipeline = aPipeline({ statusWorkflows: [aWorkflow()] });
    const effects = effectsOf(decide(aTicket(), pipeline, move(CLOSED.id), ctxAt(now)));
    effects.forEach((effect, i) => {
      if (["set_status", "set_close_date", "enroll", "mark_reopened"].includes(effect.type)) {
        expect(effects[i + 1]?.type).toBe("timeline");
      }
    });
  });

  it("does not change its inputs", () => {
    const ticket = Object.freeze(aTicket());
    const pipeline = Object.freeze(aPipeline({ statusWorkflows: [aWorkflow()] }));
    const before = JSON.stringify([ticket, pipeline]);
    decide(ticket, pipeline, move(CLOSED.id), ctxAt(now));
    expect(JSON.stringify([ticket, pipeline])).toBe(before);
  });
});
