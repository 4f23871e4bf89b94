// Every webhook action signs with a secret of its own (issue 13 §3, DESIGN.md "Outgoing
// webhooks"). Whatever path saves actions — a bubble added or edited on the Automate tab or in
// the workflow editor, a document imported, a revision restored — passes them through here: an
// action that names a secret that exists and that no other action uses keeps it; any other
// webhook action (a new one, one imported from elsewhere, a copy) gets a new secret, returned so
// the admin who saved it is shown it once. The secret never enters the action's config.
import "server-only";
import type { Tx } from "@/lib/db/tx";
import type { FieldChange } from "@/lib/history/record-change";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { newSecretId, newSigningSecret } from "@/lib/webhooks/signing-secret";

export interface SavedAction {
  /** The row being saved, when it exists already (an edit, a restore): its own secret is no clash. */
  actionId: string | null;
  action: TAction;
}

export interface AssignedSecrets {
  /** The actions in the same order, webhooks with their `secretId`. */
  actions: TAction[];
  /** The secrets created, in order: shown once to the admin, never stored anywhere they can be read back. */
  created: string[];
}

/** The History row of a created or rotated secret; the value says what happened, never the secret. */
export const SECRET_HISTORY_FIELD = "webhookSecret";
export const secretHistory = (event: "Created" | "Rotated"): FieldChange => ({
  field: SECRET_HISTORY_FIELD,
  before: null,
  after: `${event} (shown once to the admin who saved it)`,
});

async function isFree(tx: Tx, secretId: string, actionId: string | null): Promise<boolean> {
  const exists = await tx.webhookSecret.count({ where: { id: secretId } });
  if (exists === 0) return false;
  const users = await tx.workflowAction.count({
    where: {
      type: "WEBHOOK",
      config: { path: ["secretId"], equals: secretId },
      ...(actionId ? { NOT: { id: actionId } } : {}),
    },
  });
  return users === 0;
}

export async function assignWebhookSecrets(tx: Tx, saved: SavedAction[]): Promise<AssignedSecrets> {
  const claimed = new Set<string>();
  const created: string[] = [];
  const actions: TAction[] = [];
  for (const { actionId, action } of saved) {
    if (action.type !== "webhook") {
      actions.push(action);
      continue;
    }
    const wanted = action.secretId;
    if (wanted && !claimed.has(wanted) && (await isFree(tx, wanted, actionId))) {
      claimed.add(wanted);
      actions.push(action);
      continue;
    }
    const secretId = newSecretId();
    const secret = newSigningSecret();
    await tx.webhookSecret.create({ data: { id: secretId, secret } });
    claimed.add(secretId);
    created.push(secret);
    actions.push({ ...action, secretId });
  }
  return { actions, created };
}

/** For a new action: whatever secret id the client sent, it gets a secret of its own. */
export const withoutSecretId = (action: TAction): TAction => {
  if (action.type !== "webhook") return action;
  const rest = { ...action };
  delete rest.secretId;
  return rest;
};

/** For an edit: the stored action's secret id, not the client's. */
export const keepingSecretIdOf = (stored: unknown, action: TAction): TAction => {
  if (action.type !== "webhook") return action;
  const secretId = (stored as { secretId?: unknown } | null)?.secretId;
  return { ...withoutSecretId(action), ...(typeof secretId === "string" ? { secretId } : {}) } as TAction;
};
