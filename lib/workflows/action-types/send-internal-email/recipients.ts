// The people an internal notification goes to: chosen users, the members of chosen teams and
// the ticket's owner, each once, active users only (a deactivated user gets nothing).
import "server-only";
import { rows, sql, type Sql } from "@/lib/db/sql";

export interface Recipient {
  id: string;
  name: string;
  email: string;
}

export interface RecipientChoice {
  userIds: readonly string[];
  teamIds: readonly string[];
  owner: boolean;
}

export function internalRecipients(executor: Sql, to: RecipientChoice, ownerId: string | null): Promise<Recipient[]> {
  const ownerIds = to.owner && ownerId ? [ownerId] : [];
  return rows<Recipient>(
    executor,
    sql`
    SELECT u.id, u.name, u.email FROM "User" u
    WHERE u.active AND (
      u.id = ANY(${[...to.userIds, ...ownerIds]}::text[])
      OR u.id IN (SELECT m."userId" FROM "TeamMembership" m WHERE m."teamId" = ANY(${[...to.teamIds]}::text[])))
    ORDER BY u.name, u.id`,
  );
}
