// "Invite": an admin creates the user with an initial password and hands it over; only its
// bcrypt hash is stored.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db/constraint-violation";
import { recordChanges } from "@/lib/history/record-change";
import type { TCreateUser } from "./schemas";
import { assertAccessChangeAllowed, USERS_SCOPE, type AccessActor } from "./user-access";
import { newId } from "@/lib/db/ids";

export const EMAIL_TAKEN = "A user with this email already exists.";

export async function createUser(actor: AccessActor, input: TCreateUser) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      await assertAccessChangeAllowed(tx, actor, null, { role: input.role, active: true });
      const user = await tx.user.create({
        data: { id: newId(), name: input.name, email: input.email, role: input.role, passwordHash },
        select: { id: true, name: true, email: true, role: true, active: true },
      });
      await recordChanges(tx, actor, {
        scope: USERS_SCOPE,
        entityType: "user",
        entityId: user.id,
        changes: [{ field: "created", before: null, after: { name: user.name, email: user.email, role: user.role } }],
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", EMAIL_TAKEN, [{ path: ["email"], message: EMAIL_TAKEN }]);
    throw error;
  }
}
