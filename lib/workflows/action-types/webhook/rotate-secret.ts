// "Rotate secret" (issue 13 §3): a webhook action gets a new signing secret, shown once to the
// admin who asked. The previous one keeps signing beside it for PREVIOUS_SECRET_GRACE_MS, so
// deliveries verify while the receiver is switched over. A History row records the rotation.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { recordSecretEvents } from "./secret-history";
import { PREVIOUS_SECRET_GRACE_MS } from "@/lib/webhooks/signing-secrets";
import { newSecretId, newSigningSecret } from "@/lib/webhooks/signing-secret";

/** Which webhook action's secret to rotate. */
export const ZRotateWebhookSecret = z.object({ actionId: z.string().min(1).max(100) });

export async function rotateWebhookSecret(
  { actionId }: z.infer<typeof ZRotateWebhookSecret>,
  actor: ChangeActor,
  now = new Date(),
): Promise<{ webhookSecret: string }> {
  return db.$transaction(async (tx) => {
    const action = await tx.workflowAction.findUnique({
      where: { id: actionId },
      select: { id: true, type: true, config: true, workflow: { select: { id: true, kind: true, pipelineId: true } } },
    });
    if (!action || action.type !== "WEBHOOK")
      throw new AppError("NOT_FOUND", "This webhook no longer exists — reload to see the latest.");
    const config = action.config as Prisma.JsonObject;
    const secret = newSigningSecret();
    const current =
      typeof config.secretId === "string"
        ? await tx.webhookSecret.findUnique({ where: { id: config.secretId }, select: { id: true, secret: true } })
        : null;
    if (current) {
      await tx.webhookSecret.update({
        where: { id: current.id },
        data: {
          secret,
          previousSecret: current.secret,
          previousUntil: new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS),
          rotatedAt: now,
        },
      });
    } else {
      const secretId = newSecretId();
      await tx.webhookSecret.create({ data: { id: secretId, secret, rotatedAt: now } });
      await tx.workflowAction.update({ where: { id: action.id }, data: { config: { ...config, secretId } } });
    }
    await recordSecretEvents(tx, actor, action.workflow, "Rotated");
    return { webhookSecret: secret };
  });
}
