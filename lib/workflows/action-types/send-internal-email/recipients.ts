// The people an internal notification goes to: chosen users, the members of chosen teams and
// the ticket's owner, each once, active users only (a deactivated user gets nothing). Read on
// their own, or with the step that sends the notification (lib/workflows/run/step-reads.ts).
import "server-only";
import { rows, sql, type Sql, type SqlFragment } from "@/lib/db/sql";

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

/** The recipients' SELECT, from `userIds` (the owner among them when chosen) and `teamIds`: text[] expressions. */
function recipientsSelect(userIds: SqlFragment, teamIds: SqlFragment): SqlFragment {
  return sql`
    SELECT u.id, u.name, u.email FROM "User" u
    WHERE u.active AND (
      u.id = ANY(${userIds})
      OR u.id IN (SELECT m."userId" FROM "TeamMembership" m WHERE m."teamId" = ANY(${teamIds})))
    ORDER BY u.name, u.id`;
}

export function internalRecipients(executor: Sql, to: RecipientChoice, ownerId: string | null): Promise<Recipient[]> {
  const ownerIds = to.owner && ownerId ? [ownerId] : [];
  return rows<Recipient>(
    executor,
    recipientsSelect(sql`${[...to.userIds, ...ownerIds]}::text[]`, sql`${[...to.teamIds]}::text[]`),
  );
}

/** A stored action's `to` (its `config`, jsonb) as a text[] of the ids under `key`; none when not an array. */
function idsOf(config: SqlFragment, key: "userIds" | "teamIds"): SqlFragment {
  return sql`ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(${config}->'to'->${key}) = 'array'
    THEN ${config}->'to'->${key} ELSE '[]'::jsonb END))`;
}

/** internalRecipients as a JSON array in SQL, from a stored action's `config` (jsonb) and the
 *  ticket's `ownerId` (SQL expressions): the same people for a config that parses. */
export function recipientsJson(config: SqlFragment, ownerId: SqlFragment): SqlFragment {
  const owner = sql`CASE WHEN ${config}->'to'->'owner' = 'true'::jsonb AND ${ownerId} IS NOT NULL
    THEN ARRAY[${ownerId}] ELSE '{}'::text[] END`;
  return sql`(SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name, 'email', r.email)
      ORDER BY r.name, r.id), '[]'::json)
    FROM (${recipientsSelect(sql`(${idsOf(config, "userIds")} || ${owner})`, idsOf(config, "teamIds"))}) r)`;
}
