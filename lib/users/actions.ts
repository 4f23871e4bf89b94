"use server";
// Settings > Users & teams: the user actions. Every action checks `users.manage` itself; the role
// rules (lib/users/role-rules.ts) are checked inside the data functions.

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { createUser } from "@/lib/users/create-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { ZChangeUserRole, ZCreateUser, ZSetUserActive } from "@/lib/users/schemas";

const refreshed = <T>(result: T): T => {
  revalidatePath("/settings/users");
  return result;
};

export const createUserAction = authorizedAction("users.manage", ZCreateUser, async (input, user) =>
  refreshed(await createUser(user, input)),
);
export const changeUserRoleAction = authorizedAction("users.manage", ZChangeUserRole, async (input, user) =>
  refreshed(await changeUserRole(user, input)),
);
export const setUserActiveAction = authorizedAction("users.manage", ZSetUserActive, async (input, user) =>
  refreshed(await setUserActive(user, input)),
);
