import { describe, expect, it } from "vitest";
import { describeChangeValues, describeField, describeValue } from "./describe-change";

const names = { st_1: "Waiting on us", wf_1: "Closed" };

describe("describing a History row", () => {
  it("names settings fields in the tab's words", () => {
    const change = {
      entityType: "pipeline_automation",
      entityId: "p",
      field: "customerReplyTrigger.statusId",
      before: null,
      after: "st_1",
    };
    expect(describeField(change, names)).toBe("A customer replies to an email: status");
    expect(describeValue(change.after, names)).toBe("Waiting on us");
    expect(describeValue(change.before, names)).toBe("—");
  });

  it("shows switches as On/Off and plan tiers by name", () => {
    expect(describeValue(true, names)).toBe("On");
    expect(describeValue(false, names)).toBe("Off");
    expect(describeValue("PROFESSIONAL", names)).toBe("Professional");
  });

  it("names a status's chain after its status and lists the bubbles", () => {
    const change = { entityType: "status_actions", entityId: "wf_1", field: "actions", before: [], after: [] };
    expect(describeField(change, names)).toBe('Actions when a ticket reaches "Closed"');
    expect(describeValue([], names)).toBe("No actions");
    expect(
      describeValue(
        [
          { type: "send_email", template: "ticket_closed" },
          { type: "delay", minutes: 60 },
        ],
        names,
      ),
    ).toBe("Send email: Ticket closed → Delay for 1 hour");
  });
});

describe("times inside a change", () => {
  it("read in the account's zone: a delay until a date in the History drawer", () => {
    const change = { before: null, after: [{ type: "delay", until: "2026-12-05T09:00:00.000Z" }] };
    expect(describeChangeValues(change, names, "Europe/Berlin").after).toBe(
      "Delay until Dec 5, 2026, 10:00 AM GMT+1 (Europe/Berlin)",
    );
  });
});

describe("describing changes made elsewhere in the pipeline's settings", () => {
  it("names the thing changed and its field, and spells out lists and records", () => {
    const rename = {
      entityType: "pipeline_status",
      entityId: "st_1",
      field: "label",
      before: "Waiting",
      after: "Waiting on us",
    };
    expect(describeField(rename, names)).toBe('Status "Waiting on us": label');
    const order = {
      entityType: "pipeline",
      entityId: "p",
      field: "statusOrder",
      before: ["A", "B"],
      after: ["B", "A"],
    };
    expect(describeField(order, names)).toBe("Pipeline: status order");
    expect(describeValue(order.after, names)).toBe("B, A");
    expect(describeValue({ label: "Done", state: "CLOSED" }, names)).toBe("label: Done, state: CLOSED");
    expect(
      describeField({ entityType: "email_template", entityId: "t", field: "subject", before: "a", after: "b" }, names),
    ).toBe("Email template: subject");
  });
});

describe("describing the workflow editor's changes", () => {
  it("names a workflow's fields, its filters in words and nested actions with their path", () => {
    const filters = { entityType: "workflow", entityId: "wf_9", field: "enrollmentFilters", before: null, after: [] };
    expect(describeField(filters, { wf_9: "Refunds" })).toBe('Workflow "Refunds": enrollment filters');
    expect(
      describeField({ ...filters, entityType: "status_actions", entityId: "wf_1", field: "timeZone" }, names),
    ).toBe('Actions when a ticket reaches "Closed": time zone of delays');
    const owner = [
      { property: "ownerId", operator: "is_none_of", value: ["u_1", "u_2"] },
      { property: "priority", operator: "is_known", value: null },
    ];
    expect(describeValue(owner, { u_1: "Ada" })).toBe("Ticket owner is none of Ada, a user and Priority is known");
    const groups = { ...filters, field: "enrollmentFilterGroups" };
    expect(describeField(groups, { wf_9: "Refunds" })).toBe('Workflow "Refunds": enrollment criteria');
    const chat = { property: "source", operator: "is", value: "CHAT" };
    const exclusion = { property: "source", operator: "is_none_of", value: ["CHAT", "MESSENGER"] };
    expect(describeValue([[exclusion]], names)).toBe("Source is none of Chat, Facebook Messenger");
    expect(describeValue([[exclusion], [chat, owner[1]]], names)).toBe(
      "Source is none of Chat, Facebook Messenger or (Source is Chat and Priority is known)",
    );
    expect(
      describeValue(
        [
          { type: "delay", minutes: 60 },
          { type: "delay", minutes: 5, path: "Urgent" },
        ],
        names,
      ),
    ).toBe("Delay for 1 hour → [Urgent] Delay for 5 minutes");
    expect(describeValue("CUSTOMER_REPLY", names)).toBe("A customer replies to an email");
  });

  it("names a comment on an action and says set or removed instead of an empty side (issue 15 item 3)", () => {
    const added = { entityType: "action_comment", entityId: "c1", field: "body", before: null, after: "Check VAT" };
    expect(describeField(added, {})).toBe("Comment on an action");
    expect(describeChangeValues(added, {})).toEqual({ kind: "set", before: "—", after: "Check VAT" });
    expect(describeChangeValues({ before: "Check VAT", after: null }, {}).kind).toBe("cleared");
    expect(describeChangeValues({ before: false, after: true }, {})).toMatchObject({ kind: "changed", after: "On" });
  });

  it("names the people and statuses inside a chain's actions", () => {
    const names = { u1: "Alex Agent", s1: "Waiting on us" };
    expect(
      describeValue(
        [
          { type: "assign_owner", userId: "u1" },
          { type: "set_property", property: "status", value: "s1" },
        ],
        names,
      ),
    ).toBe("Assign owner: Alex Agent → Set status to Waiting on us");
  });
});
