// The secrets a delivery is signed with: the webhook's current secret and, for a while after a
// rotation, the previous one (sign-delivery.ts puts both signatures in the header).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/** How long a rotated-out secret still signs, so a receiver can be switched without a gap. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

type SecretReader = Pick<PrismaClient, "webhookSecret">;

/** The secrets to sign with now, current first; empty when the webhook has none. */
export async function signingSecretsOf(db: SecretReader, secretId: string | undefined, now: Date): Promise<string[]> {
  if (!secretId) return [];
  const row = await db.webhookSecret.findUnique({
    where: { id: secretId },
    select: { secret: true, previousSecret: true, previousUntil: true },
  });
  if (!row) return [];
  const previousValid = row.previousSecret && row.previousUntil && row.previousUntil.getTime() > now.getTime();
  return previousValid ? [row.secret, row.previousSecret!] : [row.secret];
}
