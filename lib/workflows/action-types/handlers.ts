// The table of workflow action handlers (server only), one per action type: what each bubble
// of a chain does when its step runs. Typed over the registry's types, so a type without its
// handler does not compile. CONTRIBUTING.md "Adding an action type".
import "server-only";
import type { ActionHandlers } from "@/lib/workflows/run/step-context";
import { assignOwner } from "./assign-owner/run";
import { branch } from "./branch/run";
import { createTask } from "./create-task/run";
import { delay } from "./delay/run";
import { sendEmail } from "./send-email/run";
import { sendInternalEmail } from "./send-internal-email/run";
import { setProperty } from "./set-property/run";
import { webhook } from "./webhook/run";

export const actionHandlers: ActionHandlers = {
  send_internal_email: sendInternalEmail,
  send_email: sendEmail,
  delay,
  branch,
  set_property: setProperty,
  create_task: createTask,
  assign_owner: assignOwner,
  webhook,
};
