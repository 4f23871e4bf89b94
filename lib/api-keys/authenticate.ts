// `Authorization: Bearer <api key>` → the key's user (with that user's current role). Every public
// API request runs this, so it is one raw statement (bench/PROFILE.md: an ORM query cost ~1.3 ms
// of CPU to compile, per request): the key and its user, and the key's last use noted at most
// once a minute in the same statement (a data-modifying WITH runs whether or not it is read).
import "server-only";
import type { Role } from "@/generated/prisma/client";
import { dbHandle } from "@/lib/db";
import { DB_NOW } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashApiKey } from "./key-material";

const LAST_USED_GRANULARITY = "interval '60 seconds'";

const AUTHENTICATE_SQL = `
  WITH key AS (
    SELECT k.id, u.id AS "userId", u.name, u.email, u.role::text AS role, u.active
    FROM "ApiKey" k JOIN "User" u ON u.id = k."userId"
    WHERE k.hash = $1 AND k."revokedAt" IS NULL
  ), used AS (
    UPDATE "ApiKey" SET "lastUsedAt" = ${DB_NOW}
    WHERE id = (SELECT id FROM key WHERE active)
      AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${DB_NOW} - ${LAST_USED_GRANULARITY})
  )
  SELECT "userId", name, email, role, active FROM key`;

interface KeyRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
}

export async function authenticateApiKey(authorization: string | null): Promise<CurrentUser> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw new AppError("UNAUTHENTICATED", "Send an API key as 'Authorization: Bearer <key>'.");
  const [key] = await dbHandle().sql.query<KeyRow>(AUTHENTICATE_SQL, [hashApiKey(match[1]!)]);
  if (!key?.active) throw new AppError("UNAUTHENTICATED", "The API key is not valid.");
  return { id: key.userId, name: key.name, email: key.email, role: key.role, active: key.active };
}
