import { describe, expect, it } from "vitest";
import { describeField, describeValue } from "./describe-change";

const names = { st_1: "Waiting on us", wf_1: "Closed" };

describe("describing a History row", () => {
  it("names settings fields in the tab's words", () => {
    const change = { entityType: "pipeline_automation", entityId: "p", field: "customerReplyTrigger.statusId", before: null, after: "st_1" };
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
    expect(describeValue([{ type: "send_email", template: "ticket_closed" }, { type: "delay", minutes: 60 }], names)).toBe(
      "Send email: Ticket closed → Delay for 1 hour",
    );
  });
});
