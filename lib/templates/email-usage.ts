// Which actions send an automated email (SPEC §5: "an email in use can't be deleted; the refusal
// names the actions"): every Send email action, in a status's chain or in a workflow, by the
// name a user knows it by. A send_email action stores a built-in's key or a custom email's id.
import "server-only";
import type { Tx } from "@/lib/db/tx";

export interface EmailUse {
  actionId: string;
  workflowId: string;
  /** “Actions when a ticket reaches “Closed” (Support Pipeline)” or “Workflow “Survey after close””. */
  label: string;
}

type Reader = Pick<Tx, "workflowAction" | "pipelineStatus">;

/** The uses of each email, keyed by what the actions store (a built-in's key, else the id). */
export async function emailUses(tx: Reader, refs?: string[]): Promise<Map<string, EmailUse[]>> {
  const actions = await tx.workflowAction.findMany({
    where: {
      type: "SEND_EMAIL",
      ...(refs ? { OR: refs.map((ref) => ({ config: { path: ["template"], equals: ref } })) } : {}),
    },
    orderBy: [{ workflow: { name: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      config: true,
      workflow: { select: { id: true, name: true, kind: true, statusId: true, pipeline: { select: { name: true } } } },
    },
  });
  const statusIds = actions.flatMap((a) => (a.workflow.kind === "STATUS_ACTIONS" && a.workflow.statusId) || []);
  const statuses = new Map(
    (await tx.pipelineStatus.findMany({ where: { id: { in: statusIds } }, select: { id: true, label: true } })).map(
      (s) => [s.id, s.label],
    ),
  );
  const uses = new Map<string, EmailUse[]>();
  for (const action of actions) {
    const ref = (action.config as { template?: unknown }).template;
    if (typeof ref !== "string") continue;
    const { workflow } = action;
    const label =
      workflow.kind === "STATUS_ACTIONS"
        ? `Actions when a ticket reaches “${statuses.get(workflow.statusId ?? "") ?? "a status"}”${workflow.pipeline ? ` (${workflow.pipeline.name})` : ""}`
        : `Workflow “${workflow.name}”`;
    uses.set(ref, [...(uses.get(ref) ?? []), { actionId: action.id, workflowId: workflow.id, label }]);
  }
  return uses;
}

/** The uses grouped by where they are: one entry per chain or workflow, with its number of actions. */
export function groupUses(uses: EmailUse[]): { label: string; actions: number }[] {
  const counts = new Map<string, number>();
  for (const use of uses) counts.set(use.label, (counts.get(use.label) ?? 0) + 1);
  return [...counts].map(([label, actions]) => ({ label, actions }));
}

/** “Actions when a ticket reaches “Closed” (Support Pipeline) and Workflow “Survey” (2 actions)”. */
export function describeUses(uses: EmailUse[]): string {
  const named = groupUses(uses).map(({ label, actions }) => (actions > 1 ? `${label} (${actions} actions)` : label));
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : (named[0] ?? "");
}
