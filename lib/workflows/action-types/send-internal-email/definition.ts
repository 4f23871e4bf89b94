// "Send internal email notification" to users, teams' members and/or the owner (SPEC §5). Starter.
import { defineActionType, refsTo } from "../define";
import { ZSendInternalEmail } from "./schema";

export const sendInternalEmail = defineActionType({
  schema: ZSendInternalEmail,
  type: "send_internal_email",
  dbType: "SEND_INTERNAL_EMAIL",
  label: "Send internal email notification",
  feature: "statusActions",
  describe: (a) => `Send internal email notification: ${a.subject}`,
  refs: (a) => [...refsTo("user", a.to.userIds, ["to", "userIds"]), ...refsTo("team", a.to.teamIds, ["to", "teamIds"])],
});
