"use server";
// Settings > Users & teams: the team actions. Every action checks `users.manage` itself.

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
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
