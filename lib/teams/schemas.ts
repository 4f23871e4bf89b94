// Team inputs, shared by the Users & teams forms and the server actions. Teams are used by
// internal notifications and owner rotation (SPEC §5).
import { z } from "zod";

export const TEAM_NAME_MAX = 80;

const ZTeamId = z.string().min(1, "Choose a team").max(100);
const ZTeamName = z
  .string()
  .trim()
  .min(1, "Enter a team name")
  .max(TEAM_NAME_MAX, `Use at most ${TEAM_NAME_MAX} characters`);

export const ZCreateTeam = z.object({ name: ZTeamName });
export type TCreateTeam = z.infer<typeof ZCreateTeam>;

export const ZRenameTeam = z.object({ teamId: ZTeamId, name: ZTeamName });
export type TRenameTeam = z.infer<typeof ZRenameTeam>;

export const ZTeamRef = z.object({ teamId: ZTeamId });
export type TTeamRef = z.infer<typeof ZTeamRef>;

export const ZTeamMember = z.object({ teamId: ZTeamId, userId: z.string().min(1, "Choose a user").max(100) });
export type TTeamMember = z.infer<typeof ZTeamMember>;
