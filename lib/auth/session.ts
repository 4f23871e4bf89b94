// The signed-in user's id and session version from the next-auth session (JWT). Only these are
// trusted; the role and whether the session still counts are read from the database.
import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export interface SessionClaims {
  userId: string;
  /** The user's session version when the token was issued (0 for tokens older than versions). */
  sessionVersion: number;
}

export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sessionVersion?: number } | undefined;
  return user?.id ? { userId: user.id, sessionVersion: user.sessionVersion ?? 0 } : null;
}

export async function getSessionUserId(): Promise<string | null> {
  return (await getSessionClaims())?.userId ?? null;
}
