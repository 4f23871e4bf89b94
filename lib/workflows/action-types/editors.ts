// The table of action editors (client): one per action type, typed over the registry's types, so
// a type without its editor does not compile. CONTRIBUTING.md "Adding an action type".
import { actionLabel, type ActionOf, type TAction, type TActionType } from "./registry";
import type { EditorSpec } from "./editor-types";
import { ACTION_ICON } from "./action-icons";
import { editor as assignOwner } from "./assign-owner/editor";
import { editor as branch } from "./branch/editor";
import { editor as createTask } from "./create-task/editor";
import { editor as delay } from "./delay/editor";
import { editor as sendEmail } from "./send-email/editor";
import { editor as sendInternalEmail } from "./send-internal-email/editor";
import { editor as setProperty } from "./set-property/editor";
import { editor as webhook } from "./webhook/editor";

const EDITORS: { [K in TActionType]: EditorSpec<ActionOf<K>> } = {
  send_internal_email: sendInternalEmail,
  send_email: sendEmail,
  delay,
  branch,
  set_property: setProperty,
  create_task: createTask,
  assign_owner: assignOwner,
  webhook,
};

/** How an action type looks and is edited, with the registry's label. */
export const editorFor = (type: TActionType) => ({
  label: actionLabel(type),
  icon: ACTION_ICON[type],
  ...(EDITORS[type] as unknown as EditorSpec<TAction>),
});
