// Round-robin among a team's ACTIVE members (SPEC §5 "rotate owner"). The rotation's state
// is the OwnerRotation row: whose turn was last. Taking a turn locks that row until the step
// commits, so concurrent steps (several workers) take consecutive turns, never the same one,
// and a restart carries on where it was. Members in id order; someone who left (or was
// deactivated) is skipped; a newcomer takes their place in the order.
import "server-only";
import { oneRow, rows, sql, utc, type Sql } from "@/lib/db/sql";

export interface Turn {
  userId: string;
  name: string;
}

/** Null when the team no longer exists or has no active member. */
export async function takeTurn(tx: Sql, teamId: string, now: Date): Promise<Turn | null> {
  await rows(
    tx,
    sql`
    INSERT INTO "OwnerRotation" ("teamId", turns, "updatedAt")
    SELECT id, 0, ${utc(now)} FROM "Team" WHERE id = ${teamId}
    ON CONFLICT ("teamId") DO NOTHING RETURNING "teamId"`,
  );
  const rotation = await oneRow<{ lastUserId: string | null }>(
    tx,
    sql`
    SELECT "lastUserId" FROM "OwnerRotation" WHERE "teamId" = ${teamId} FOR UPDATE`,
  );
  if (!rotation) return null;
  const members = await rows<Turn>(
    tx,
    sql`
    SELECT u.id AS "userId", u.name FROM "TeamMembership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."teamId" = ${teamId} AND u.active ORDER BY u.id`,
  );
  const last = rotation.lastUserId;
  const turn = (last === null ? undefined : members.find((m) => m.userId > last)) ?? members[0];
  if (!turn) return null;
  await rows(
    tx,
    sql`
    UPDATE "OwnerRotation" SET "lastUserId" = ${turn.userId}, turns = turns + 1, "updatedAt" = ${utc(now)}
    WHERE "teamId" = ${teamId} RETURNING "teamId"`,
  );
  return turn;
}
