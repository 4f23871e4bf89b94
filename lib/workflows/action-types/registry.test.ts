import { describe, expect, it } from "vitest";
import {
  ACTION_TYPE_TO_DB,
  ACTION_TYPES,
  DB_TO_ACTION_TYPE,
  ZAction,
  actionFeature,
  actionRefs,
  describeAction,
} from "./registry";

describe("the action type registry", () => {
  it("puts email and notification under status actions, everything else under workflow actions (SPEC §6)", () => {
    expect(actionFeature("send_email")).toBe("statusActions");
    expect(actionFeature("send_internal_email")).toBe("statusActions");
    for (const type of ["delay", "branch", "set_property", "create_task", "assign_owner", "webhook"] as const) {
      expect(actionFeature(type)).toBe("workflowActions");
    }
  });

  it("maps each type to its own database enum value and back", () => {
    const dbTypes = ACTION_TYPES.map((d) => d.dbType);
    expect(new Set(dbTypes).size).toBe(ACTION_TYPES.length);
    for (const { type, dbType } of ACTION_TYPES) {
      expect(ACTION_TYPE_TO_DB[type]).toBe(dbType);
      expect(DB_TO_ACTION_TYPE[dbType]).toBe(type);
    }
  });

  it("parses every type through the one action schema and refuses an unknown type", () => {
    expect(ZAction.safeParse({ type: "webhook", url: "https://example.com/hook" }).data).toEqual({
      type: "webhook",
      url: "https://example.com/hook",
      method: "POST",
    });
    expect(ZAction.safeParse({ type: "delay", minutes: 0 }).success).toBe(false);
    expect(ZAction.safeParse({ type: "launch_rocket" }).success).toBe(false);
  });

  it("describes stored actions in one line", () => {
    expect(describeAction("SEND_EMAIL", { template: "ticket_closed" })).toBe("Send email: Ticket closed");
    expect(describeAction("SEND_EMAIL", { template: "tmpl_1" })).toBe("Send email: Custom automated email");
    // A bubble names the custom email it sends (issue 14 item 7).
    const names = { templates: { tmpl_1: "How did we do? (survey)" } };
    expect(describeAction("SEND_EMAIL", { template: "tmpl_1" }, names)).toBe("Send email: How did we do? (survey)");
    expect(describeAction("DELAY", { minutes: 1440 })).toBe("Delay for 1 day");
    expect(describeAction("DELAY", { minutes: 90 })).toBe("Delay for 90 minutes");
    expect(describeAction("DELAY", { untilWeekday: 1, atTime: "09:00" })).toBe("Delay until Mon 09:00");
    expect(describeAction("SET_PROPERTY", { property: "owner", value: null })).toBe("Clear owner");
    expect(describeAction("ASSIGN_OWNER", { rotateAmongTeamId: "t1" })).toBe("Rotate owner among a team");
    expect(describeAction("BRANCH", { branches: [{}] })).toBe("If/then branch (1 branch)");
  });

  it("shows a delay's date and time in the account's zone, never as a stored ISO stamp (issue 15 item 3)", () => {
    const until = { until: "2026-12-05T09:00:00.000Z" };
    expect(describeAction("DELAY", until, { timeZone: "Europe/Berlin" })).toBe(
      "Delay until Dec 5, 2026, 10:00 AM GMT+1 (Europe/Berlin)",
    );
    expect(describeAction("DELAY", until, { timeZone: "America/New_York" })).toBe(
      "Delay until Dec 5, 2026, 4:00 AM EST (America/New_York)",
    );
    // Where the caller has no zone, in UTC and saying so.
    expect(describeAction("DELAY", until)).toBe("Delay until Dec 5, 2026, 9:00 AM UTC");
  });

  it("reads every value by its label and every person by name (issue 15 item 3)", () => {
    const names = {
      users: { u1: "Alex Agent", u2: "Bea Boss", u3: "Cy Clerk" },
      teams: { t1: "Billing" },
      statuses: { s1: "Waiting on us" },
    };
    expect(describeAction("SET_PROPERTY", { property: "priority", value: "HIGH" })).toBe("Set priority to High");
    expect(describeAction("SET_PROPERTY", { property: "owner", value: "u1" }, names)).toBe("Set owner to Alex Agent");
    expect(describeAction("SET_PROPERTY", { property: "status", value: "s1" }, names)).toBe(
      "Set status to Waiting on us",
    );
    expect(describeAction("SET_PROPERTY", { property: "closeDate", value: null })).toBe("Clear close date");
    // An id never shows: without its name the bubble says what kind of thing it is.
    expect(describeAction("SET_PROPERTY", { property: "owner", value: "u9" }, names)).toBe("Set owner to a user");
    expect(describeAction("ASSIGN_OWNER", { userId: "u2" }, names)).toBe("Assign owner: Bea Boss");
    expect(describeAction("ASSIGN_OWNER", { rotateAmongTeamId: "t1" }, names)).toBe("Rotate owner among Billing");
    const notify = (to: object) =>
      describeAction("SEND_INTERNAL_EMAIL", { to, subject: "Ticket update: {{ticket.subject}}", body: "b" }, names);
    expect(notify({ userIds: [], teamIds: [], owner: true })).toBe(
      "Notify the owner: Ticket update: {{ticket.subject}}",
    );
    expect(notify({ userIds: ["u1"], teamIds: ["t1"], owner: false })).toBe(
      "Notify Alex Agent and Billing: Ticket update: {{ticket.subject}}",
    );
    expect(notify({ userIds: ["u1", "u2", "u3"], teamIds: [], owner: true })).toBe(
      "Notify the owner, Alex Agent and 2 more: Ticket update: {{ticket.subject}}",
    );
  });

  it("lists the ids an action points at, with their paths", () => {
    expect(
      actionRefs({
        type: "send_internal_email",
        to: { userIds: ["u1"], teamIds: ["t1", "t2"], owner: false },
        subject: "s",
        body: "b",
      }),
    ).toEqual([
      { kind: "user", id: "u1", path: ["to", "userIds", 0] },
      { kind: "team", id: "t1", path: ["to", "teamIds", 0] },
      { kind: "team", id: "t2", path: ["to", "teamIds", 1] },
    ]);
    expect(actionRefs({ type: "set_property", property: "status", value: "s1" })).toEqual([
      { kind: "status", id: "s1", path: ["value"] },
    ]);
    expect(actionRefs({ type: "webhook", url: "https://example.com", method: "POST" })).toEqual([]);
  });
});
