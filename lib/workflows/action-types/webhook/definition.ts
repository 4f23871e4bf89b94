// "Send an outgoing webhook": the ticket as signed JSON to another system (SPEC §5). Professional.
import { defineActionType } from "../define";
import { ZWebhook } from "./schema";

export const webhook = defineActionType({
  schema: ZWebhook,
  type: "webhook",
  dbType: "WEBHOOK",
  label: "Send webhook",
  feature: "workflowActions",
  // The URL often carries a token and says where the network reaches: not in descriptions agents read.
  describe: (a) => `Send webhook (${a.method})`,
});
