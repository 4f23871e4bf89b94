"use server";
// The ticket record's "Test automation" panel (SPEC §7 dry run): what an event would do to this
// ticket, with nothing written (tickets.dryRun: every role).
import { authorizedAction } from "@/lib/auth/authorized-action";
import { testAutomation, ZTestAutomation } from "./test-automation";

export const testAutomationAction = authorizedAction("tickets.dryRun", ZTestAutomation, (input, user) =>
  testAutomation(user, input),
);
