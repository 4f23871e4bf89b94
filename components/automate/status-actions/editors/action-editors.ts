// The table of editors: one row per action type (CONTRIBUTING: "Adding an action type").
import { Bell, Clock, GitBranch, ListTodo, Mail, PenLine, UserRound, Webhook } from "lucide-react";
import type { TAction, TActionType } from "@/lib/workflows/action-config";
import type { ActionOf, EditorSpec } from "./editor-types";
import { InternalEmailFields, internalEmailDefaults } from "./internal-email-fields";
import { SendEmailFields, sendEmailDefaults } from "./send-email-fields";
import { DelayFields, delayDefaults } from "./delay-fields";
import { BranchFields, branchDefaults } from "./branch-fields";
import { SetPropertyFields, setPropertyDefaults } from "./set-property-fields";
import { CreateTaskFields, createTaskDefaults } from "./create-task-fields";
import { AssignOwnerFields, assignOwnerDefaults } from "./assign-owner-fields";
import { WebhookFields, webhookDefaults } from "./webhook-fields";

type EditorTable = { [K in TActionType]: EditorSpec<ActionOf<K>> };

export const ACTION_EDITORS: EditorTable = {
  send_internal_email: {
    label: "Send internal email notification",
    icon: Bell,
    defaults: internalEmailDefaults,
    Fields: InternalEmailFields,
  },
  send_email: { label: "Send email", icon: Mail, defaults: sendEmailDefaults, Fields: SendEmailFields },
  delay: { label: "Delay", icon: Clock, defaults: delayDefaults, Fields: DelayFields },
  branch: { label: "If/then branch", icon: GitBranch, defaults: branchDefaults, Fields: BranchFields },
  set_property: { label: "Set property", icon: PenLine, defaults: setPropertyDefaults, Fields: SetPropertyFields },
  create_task: { label: "Create task", icon: ListTodo, defaults: createTaskDefaults, Fields: CreateTaskFields },
  assign_owner: { label: "Assign owner", icon: UserRound, defaults: assignOwnerDefaults, Fields: AssignOwnerFields },
  webhook: { label: "Send webhook", icon: Webhook, defaults: webhookDefaults, Fields: WebhookFields },
};

/** The "+" menu's order: email actions first, then the Professional workflow actions. */
export const MENU_ORDER: TActionType[] = [
  "send_internal_email",
  "send_email",
  "delay",
  "branch",
  "set_property",
  "create_task",
  "assign_owner",
  "webhook",
];

export const editorFor = (type: TActionType) => ACTION_EDITORS[type] as unknown as EditorSpec<TAction>;
