import { describe, expect, it } from "vitest";
import { timeTriggerSentence } from "./time-trigger-sentence";

const none = { statusId: null, after: null, afterMs: null, businessHours: false, slaTarget: null };

describe("the trigger card's sentence", () => {
  it("names the status, the wait and business hours; the SLA target and when", () => {
    expect(
      timeTriggerSentence(
        "STATUS_DURATION",
        { ...none, statusId: "s", after: "PT1H", afterMs: 3_600_000 },
        "Waiting on us",
      ),
    ).toBe("Ticket has been in “Waiting on us” for 1 hour");
    expect(
      timeTriggerSentence(
        "STATUS_DURATION",
        { ...none, statusId: "s", after: "P2D", afterMs: 172_800_000, businessHours: true },
        "New",
      ),
    ).toBe("Ticket has been in “New” for 2 days of business hours");
    expect(timeTriggerSentence("SLA_DUE_SOON", { ...none, slaTarget: "firstReply" }, null)).toBe(
      "SLA first reply is due soon",
    );
    expect(timeTriggerSentence("SLA_OVERDUE", { ...none, slaTarget: "close" }, null)).toBe(
      "SLA time to close is overdue",
    );
  });
});
