// SPEC §4 "View workflow" and §5 "Open in Workflows" open the workflow editor, a Professional
// feature (§6). Below it they show with the same lock as the rest of the tab, pointing at the
// message that says what unlocks them (WORKFLOW_EDITOR_LOCK_ID, rendered by <PlanLock>).
import type { ReactNode } from "react";
import Link from "next/link";
import { Lock } from "lucide-react";

export const WORKFLOW_EDITOR_LOCK_ID = "workflow-editor-lock";

interface WorkflowEditorLinkProps {
  workflowId: string;
  allowed: boolean;
  label: string;
  className: string;
  /** The id of the <PlanLock> that says what unlocks the editor. */
  lockId?: string;
  /** Opens the editor in a new tab (the link shows the external-link icon): said in its name too. */
  newTab?: boolean;
  children: ReactNode;
}

export function WorkflowEditorLink(props: WorkflowEditorLinkProps) {
  const { workflowId, allowed, label, className, lockId = WORKFLOW_EDITOR_LOCK_ID, newTab, children } = props;
  if (allowed) {
    return (
      <Link
        href={`/workflows/${workflowId}`}
        aria-label={newTab ? `${label} (opens in a new tab)` : label}
        className={className}
        {...(newTab ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      >
        {children}
      </Link>
    );
  }
  return (
    <span
      role="link"
      aria-disabled="true"
      aria-label={`${label} (locked)`}
      aria-describedby={lockId}
      data-testid="workflow-editor-locked"
      className={`${className} cursor-not-allowed opacity-60`}
    >
      <Lock aria-hidden className="size-3" />
      {children}
    </span>
  );
}
