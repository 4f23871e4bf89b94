// A signed-in user changes their own password: the current one is checked, the new one hashed,
// and every session of theirs ends in the same transaction (a stolen token stops working).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { endSessions } from "./end-sessions";
import type { TChangeOwnPassword } from "./schemas";

export async function changeOwnPassword(userId: string, input: TChangeOwnPassword): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("BAD_REQUEST", "The current password is not right.", [
      { path: ["currentPassword"], message: "The current password is not right." },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endSessions(userId, tx);
  });
}
