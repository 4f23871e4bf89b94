// "Send an outgoing webhook": the ticket as signed JSON to another system (SPEC §5). Professional.
import { defineActionType } from "../define";
import type { TWebhook } from "./schema";

export const webhook = defineActionType<TWebhook>({
  type: "webhook",
  dbType: "WEBHOOK",
  label: "Send webhook",
  feature: "workflowActions",
  // The URL often carries a token and says where the network reaches: not in descriptions agents read.
  describe: (a) => `Send webhook (${a.method})`,
});
