// The mail-loop guard runs before every automated email (a status action's Send email, Ticket
// received): its count of the contact's automated emails in the last hour is answered from the
// partial index "Message_automated_to_idx", not by reading every message. Checked on the plan
// with sequential scans discouraged, so that a table this small still shows which index exists.
import { describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import { rows, sql } from "@/lib/db/sql";
import { guardQuery } from "@/lib/mail/loop-guard";

describe("the mail-loop guard's statement", () => {
  it("counts a contact's automated emails from the partial index", async () => {
    const plan = await dbHandle().transaction(async (tx) => {
      await tx.exec("SET LOCAL enable_seqscan = off");
      const request = { contactEmail: "Someone@Example.com", causeEventId: null, now: new Date() };
      return rows<Record<string, unknown>>(tx, sql`EXPLAIN (FORMAT JSON) ${guardQuery(request)}`);
    });
    const text = JSON.stringify(plan);
    expect(text).toContain("Message_automated_to_idx");
  });
});
