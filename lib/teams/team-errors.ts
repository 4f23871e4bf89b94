import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/constraint-violation";

export const TEAM_NAME_TAKEN = "A team with this name already exists.";
export const teamNotFound = () =>
  new AppError("NOT_FOUND", "This team does not exist any more — reload to see the latest.");

/** Runs a team write; a duplicate name becomes a 409 on the name field. */
export async function withUniqueTeamName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", TEAM_NAME_TAKEN, [{ path: ["name"], message: TEAM_NAME_TAKEN }]);
    throw error;
  }
}
