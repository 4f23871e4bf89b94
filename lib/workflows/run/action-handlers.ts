// The table of workflow action handlers, one per action type (no switch): what each bubble
// of a status's chain does when its step runs.
import "server-only";
import { assignOwner } from "./actions/assign-owner";
import { branch } from "./actions/branch";
import { createTask } from "./actions/create-task";
import { delay } from "./actions/delay";
import { sendEmail } from "./actions/send-email";
import { sendInternalEmail } from "./actions/send-internal-email";
import { setProperty } from "./actions/set-property";
import { webhook } from "./actions/webhook";
import type { ActionHandlers } from "./step-context";

export const actionHandlers: ActionHandlers = {
  send_internal_email: sendInternalEmail,
  send_email: sendEmail,
  set_property: setProperty,
  create_task: createTask,
  assign_owner: assignOwner,
  webhook,
  delay,
  branch,
};
