// Issue 13 §3 / DESIGN.md "Outgoing webhooks": each webhook action gets a signing secret of its
// own ("whsec_" + base64 of 32 bytes) when it is saved, shown once in the save's answer, kept
// across edits and document round trips, rotatable by admins only (the new one shown once, the
// previous one signing beside it for a day); History records creation and rotation, never the
// secret.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addStatusActionAction, updateStatusActionAction } from "@/lib/automate/status-action-actions";
import { exportAutomationAction, importAutomationAction } from "@/lib/automate/settings-actions";
import { restoreRevisionAction } from "@/lib/automate/workflow-editor-actions";
import { rotateWebhookSecretAction } from "@/lib/workflows/action-types/webhook/actions";
import { signingSecretsOf } from "@/lib/webhooks/signing-secrets";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { actAs } from "../support/users";
import { chain, expectFailure, expectOk, lane } from "../support/status-actions";
import { addFirst, newWorkflow, revisionsOf, versionOf } from "./workflow-editor-fixtures";

const hook = (url = "https://hooks.example/refund"): TAction => ({ type: "webhook", url, method: "POST" });
const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;

const secretIdOf = (config: unknown) => (config as { secretId?: string }).secretId;
const storedSecret = async (secretId: string | undefined) =>
  (await db.webhookSecret.findUniqueOrThrow({ where: { id: secretId } })).secret;

async function addToLane(action: TAction = hook()) {
  const declined = await lane("Declined");
  const saved = expectOk(await addStatusActionAction({ ...declined, expectedVersion: declined.version, action }));
  const row = await db.workflowAction.findUniqueOrThrow({ where: { id: saved.actionId } });
  return { saved, row };
}

/** Every History row as text: a secret must never be in one. */
const allHistoryText = async () => JSON.stringify(await db.settingsChange.findMany());

afterEach(async () => {
  await db.workflowAction.deleteMany({ where: { type: "WEBHOOK" } });
});

describe("a new webhook's secret", () => {
  it("is made on save, returned once, stored under the id its config names, and recorded in History", async () => {
    await actAs("SUPER_ADMIN");
    const { saved, row } = await addToLane();
    expect(saved.webhookSecret).toMatch(SECRET);
    expect(await storedSecret(secretIdOf(row.config))).toBe(saved.webhookSecret);
    expect(JSON.stringify(row.config)).not.toContain(saved.webhookSecret!);
    const created = await db.settingsChange.findMany({ where: { entityId: row.workflowId, field: "webhookSecret" } });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ after: expect.stringContaining("Created") });
    expect(await allHistoryText()).not.toContain(saved.webhookSecret!.slice(6));
  });

  it("differs per webhook, and a client cannot pick another webhook's secret", async () => {
    await actAs("SUPER_ADMIN");
    const first = await addToLane();
    const stolenId = secretIdOf(first.row.config);
    const second = await addToLane({ ...hook(), secretId: stolenId } as TAction);
    expect(second.saved.webhookSecret).toMatch(SECRET);
    expect(second.saved.webhookSecret).not.toBe(first.saved.webhookSecret);
    expect(secretIdOf(second.row.config)).not.toBe(stolenId);
  });

  it("is kept when the webhook is edited, whatever secret id the client sends", async () => {
    await actAs("SUPER_ADMIN");
    const first = await addToLane();
    const other = await addToLane();
    const declined = await lane("Declined");
    const edited = expectOk(
      await updateStatusActionAction({
        actionId: first.row.id,
        expectedVersion: declined.version,
        action: { ...hook("https://hooks.example/v2"), secretId: secretIdOf(other.row.config) } as TAction,
      }),
    );
    expect(edited.webhookSecret).toBeUndefined();
    const row = await db.workflowAction.findUniqueOrThrow({ where: { id: first.row.id } });
    expect(row.config).toMatchObject({ url: "https://hooks.example/v2", secretId: secretIdOf(first.row.config) });
  });

  it("is made in the workflow editor too, and a restored revision keeps it", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Investigating");
    const added = expectOk(await addFirst(workflowId, hook()));
    expect(added.webhookSecret).toMatch(SECRET);
    const [revision] = (await revisionsOf(workflowId)).slice(-1);
    const restored = expectOk(
      await restoreRevisionAction({
        workflowId,
        expectedVersion: await versionOf(workflowId),
        revisionId: revision!.id,
      }),
    );
    expect(restored).not.toHaveProperty("webhookSecret");
    const row = await db.workflowAction.findUniqueOrThrow({ where: { id: added.actionId } });
    expect(await storedSecret(secretIdOf(row.config))).toBe(added.webhookSecret);
  });
});

describe("the automation document", () => {
  it("keeps each webhook's secret when an export is imported back, and gives copies their own", async () => {
    await actAs("SUPER_ADMIN");
    const { row } = await addToLane();
    const pipelineId = (await lane("Declined")).pipelineId;
    const doc = expectOk(await exportAutomationAction({ pipelineId }));
    const declined = (await lane("Declined")).statusId;
    const webhook = doc.statusActions[declined]!.find((a) => a.type === "webhook")!;
    expect(webhook).toMatchObject({ url: "https://hooks.example/refund", secretId: secretIdOf(row.config) });
    expect(JSON.stringify(doc)).not.toMatch(/whsec_/);

    // The same webhook twice, plus one from another instance (no secret id here).
    const copied = {
      ...doc,
      statusActions: { ...doc.statusActions, [declined]: [webhook, webhook, hook("https://hooks.example/new")] },
    };
    expectOk(await importAutomationAction({ pipelineId, document: copied }));
    const hooks = (await chain((await lane("Declined")).workflowId!)).filter((a) => a.type === "WEBHOOK");
    const ids = hooks.map((a) => secretIdOf(a.config));
    expect(ids[0]).toBe(secretIdOf(row.config));
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(await storedSecret(id)).toMatch(SECRET);
  });
});

describe("Rotate secret", () => {
  it("gives a new secret, shown once; the previous one still signs for a day; History says so", async () => {
    await actAs("ACCOUNT_ADMIN");
    const since = new Date(Date.now() - 1);
    const { saved, row } = await addToLane();
    const rotated = expectOk(await rotateWebhookSecretAction({ actionId: row.id }));
    expect(rotated.webhookSecret).toMatch(SECRET);
    expect(rotated.webhookSecret).not.toBe(saved.webhookSecret);
    const secretId = secretIdOf(row.config);
    const now = new Date();
    expect(await signingSecretsOf(db, secretId, now)).toEqual([rotated.webhookSecret, saved.webhookSecret]);
    expect(await signingSecretsOf(db, secretId, new Date(now.getTime() + 25 * 3600_000))).toEqual([
      rotated.webhookSecret,
    ]);
    const rows = await db.settingsChange.findMany({
      where: { field: "webhookSecret", createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => String(r.after).split(" ")[0])).toEqual(["Created", "Rotated"]);
    expect(rows.at(-1)).toMatchObject({ actorName: expect.any(String) });
    const text = await allHistoryText();
    for (const secret of [saved.webhookSecret!, rotated.webhookSecret]) expect(text).not.toContain(secret.slice(6));
  });

  it("is refused to agents, and the secret stays as it was", async () => {
    await actAs("SUPER_ADMIN");
    const { saved, row } = await addToLane();
    await actAs("AGENT");
    expectFailure(await rotateWebhookSecretAction({ actionId: row.id }), "FORBIDDEN", 403);
    expect(await storedSecret(secretIdOf(row.config))).toBe(saved.webhookSecret);
  });

  it("answers NOT_FOUND for an action that is not a webhook", async () => {
    await actAs("SUPER_ADMIN");
    const declined = await lane("Declined");
    const { actionId } = expectOk(
      await addStatusActionAction({
        ...declined,
        expectedVersion: declined.version,
        action: { type: "delay", minutes: 5 },
      }),
    );
    expectFailure(await rotateWebhookSecretAction({ actionId }), "NOT_FOUND", 404);
    await db.workflowAction.delete({ where: { id: actionId } });
  });
});
