// Who the integration tests are "signed in" as when they call server actions directly: a user id
// and, optionally, the session version their token carries (unset: the user's current version,
// i.e. a token from a fresh sign-in).
export interface TestSession {
  userId: string;
  sessionVersion?: number;
}

let current: TestSession | null = null;

export function signInAs(id: string | null): void {
  current = id ? { userId: id } : null;
}

/** A session as next-auth's callbacks produced it (tests of sessions ending). */
export function useSession(session: TestSession | null): void {
  current = session;
}

export function testSession(): TestSession | null {
  return current;
}

export function sessionUserId(): string | null {
  return current?.userId ?? null;
}
