// "Send internal email notification" to users, teams' members and/or the owner (SPEC §5). Starter.
import { defineActionType, nameList, refsTo, type ActionNames } from "../define";
import type { TSendInternalEmail } from "./schema";

/** "the owner, Ana and Support": whom it notifies, by name. */
function recipients({ to }: TSendInternalEmail, names?: ActionNames): string {
  const named = [
    ...(to.owner ? ["the owner"] : []),
    ...to.userIds.map((id) => names?.users?.[id] ?? "a user"),
    ...to.teamIds.map((id) => names?.teams?.[id] ?? "a team"),
  ];
  return nameList(named);
}

export const sendInternalEmail = defineActionType<TSendInternalEmail>({
  type: "send_internal_email",
  dbType: "SEND_INTERNAL_EMAIL",
  label: "Send internal email notification",
  feature: "statusActions",
  // The recipients first: a long subject is what the bubble's three lines cut.
  describe: (a, names) => `Notify ${recipients(a, names)}: ${a.subject}`,
  refs: (a) => [...refsTo("user", a.to.userIds, ["to", "userIds"]), ...refsTo("team", a.to.teamIds, ["to", "teamIds"])],
});
