"use server";
// The signed-in user's own account: changing their password.

import { authorizedAction } from "@/lib/auth/authorized-action";
import { changeOwnPassword } from "./change-password";
import { ZChangeOwnPassword } from "./schemas";

/** Every user may change their own password; it ends all their sessions (this one too). */
export const changeOwnPasswordAction = authorizedAction("password.change", ZChangeOwnPassword, async (input, user) =>
  changeOwnPassword(user.id, input),
);
