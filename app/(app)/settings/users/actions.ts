"use server";
// Settings > Users & teams. Every action checks `users.manage` itself; the role rules
// (lib/users/role-rules.ts) are checked inside the data functions.

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { createUser } from "@/lib/users/create-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserActive } from "@/lib/users/set-user-active";
import { ZChangeUserRole, ZCreateUser, ZSetUserActive } from "@/lib/users/schemas";
import { createTeam } from "@/lib/teams/create-team";
import { renameTeam } from "@/lib/teams/rename-team";
import { deleteTeam } from "@/lib/teams/delete-team";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { removeTeamMember } from "@/lib/teams/remove-team-member";
import { ZCreateTeam, ZRenameTeam, ZTeamMember, ZTeamRef } from "@/lib/teams/schemas";

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

export const createTeamAction = authorizedAction("users.manage", ZCreateTeam, async (input, user) =>
  refreshed(await createTeam(user, input)),
);
export const renameTeamAction = authorizedAction("users.manage", ZRenameTeam, async (input, user) =>
  refreshed(await renameTeam(user, input)),
);
export const deleteTeamAction = authorizedAction("users.manage", ZTeamRef, async (input, user) =>
  refreshed(await deleteTeam(user, input)),
);
export const addTeamMemberAction = authorizedAction("users.manage", ZTeamMember, async (input, user) =>
  refreshed(await addTeamMember(user, input)),
);
export const removeTeamMemberAction = authorizedAction("users.manage", ZTeamMember, async (input, user) =>
  refreshed(await removeTeamMember(user, input)),
);
