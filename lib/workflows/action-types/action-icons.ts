// Each action type's icon: bubbles and the "+" menu show it without loading the editors, which
// load with the side panel (issue 15 item 8).
import { Bell, Clock, GitBranch, ListTodo, Mail, PenLine, UserRound, Webhook, type LucideIcon } from "lucide-react";
import type { TActionType } from "./catalog";

export const ACTION_ICON: Record<TActionType, LucideIcon> = {
  send_internal_email: Bell,
  send_email: Mail,
  delay: Clock,
  branch: GitBranch,
  set_property: PenLine,
  create_task: ListTodo,
  assign_owner: UserRound,
  webhook: Webhook,
};
