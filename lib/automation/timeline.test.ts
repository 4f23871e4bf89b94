import { describe, expect, it } from "vitest";
import type { Effect } from "./effects";
import { RULE } from "./rule-names";
import { CLOSED, NEW, aPipeline } from "./test-fixtures";
import { attributionOf } from "./attribution";
import { withTimeline } from "./timeline";

const by = attributionOf({ kind: "event", eventId: "ev-5" }, RULE.reopenOnCustomerReply, 1);
const entriesFor = (effect: Effect) =>
  withTimeline([effect], aPipeline(), by).flatMap((e) => (e.type === "timeline" ? [e.entry] : []));

describe("timeline explanations (SPEC §7, why did this change?)", () => {
  const explained: [Effect, string][] = [
    [
      {
        type: "set_status",
        statusId: CLOSED.id,
        fromStatusId: NEW.id,
        ruleName: RULE.customerReplyTrigger,
        depth: 1,
        at: new Date(),
      },
      'Status changed from "New" to "Closed" by the trigger "A customer replies to an email"',
    ],
    [
      { type: "set_close_date", date: "2025-06-10", previous: "2025-01-01", setBy: "automation" },
      "Close date set to 2025-06-10 by close-date automation (was 2025-01-01)",
    ],
    [
      { type: "mark_reopened", at: new Date() },
      "Ticket reopened by a customer reply on a closed ticket; the close date is kept",
    ],
    [
      {
        type: "enroll",
        workflowId: "wf",
        workflowName: "Ticket closed email",
        trigger: "STATUS_ENTERED",
        statusId: CLOSED.id,
        depth: 2,
      },
      'Enrolled in workflow "Ticket closed email": the ticket reached "Closed"',
    ],
    [
      {
        type: "skip_enrollment",
        workflowId: "wf",
        workflowName: "Survey",
        trigger: "STATUS_ENTERED",
        statusId: CLOSED.id,
        reason: "workflow_disabled",
      },
      'Workflow "Survey" did not run: the workflow is turned off',
    ],
    [
      {
        type: "set_property",
        change: { property: "ownerId", value: "us-2" },
        from: null,
        ruleName: "Round robin",
        depth: 1,
      },
      'Owner changed from none to us-2 by workflow "Round robin"',
    ],
    [
      { type: "keep_status", reason: "no_open_status", ruleName: RULE.reopenOnCustomerReply },
      "Status not changed by a customer reply on a closed ticket: the pipeline has no open status",
    ],
    [
      { type: "loop_guard_tripped", reason: "hourly_limit", limit: 20, observed: 20, blocked: "ticket not moved" },
      "Loop guard stopped automation (20 automated changes in the last hour, limit 20): ticket not moved",
    ],
  ];
  for (const [effect, summary] of explained) {
    it(`explains ${effect.type}`, () => {
      expect(entriesFor(effect)).toEqual([expect.objectContaining({ summary, eventId: "ev-5", actorUserId: null })]);
    });
  }

  const silent: Effect[] = [
    { type: "keep_close_date", date: null, reason: "automation_off" },
    { type: "set_time_to_close", ms: 1 },
    {
      type: "skip_enrollment",
      workflowId: "wf",
      workflowName: "Empty",
      trigger: "STATUS_ENTERED",
      statusId: CLOSED.id,
      reason: "no_actions",
    },
    { type: "keep_status", reason: "forwarded", ruleName: null },
    { type: "keep_status", reason: "trigger_off", ruleName: RULE.emailSentTrigger },
  ];
  for (const effect of silent) {
    it(`writes no entry for ${effect.type} ${"reason" in effect ? effect.reason : ""}`, () => {
      expect(entriesFor(effect)).toEqual([]);
    });
  }

  it("uses the effect's own depth for enrolments and the attribution's otherwise", () => {
    expect(
      entriesFor({
        type: "enroll",
        workflowId: "w",
        workflowName: "w",
        trigger: "STATUS_ENTERED",
        statusId: CLOSED.id,
        depth: 4,
      })[0]?.depth,
    ).toBe(4);
    expect(entriesFor({ type: "mark_reopened", at: new Date() })[0]?.depth).toBe(1);
  });

  it("credits a person for their own changes", () => {
    expect(attributionOf({ kind: "api", userId: "us-7" }, null, 0)).toEqual({
      actorUserId: "us-7",
      eventId: null,
      ruleName: null,
      depth: 0,
    });
  });
});
