// Runs in every integration test file: its own database, and a session that tests choose.
import { afterAll, beforeAll, vi } from "vitest";
import { useDbHandle } from "@/lib/db";
import { openTestDatabase } from "./test-database";
import { testSession } from "./session-store";
import { stopTestServer } from "./over-http";

// The session next-auth would decode from the request's cookie: the test's choice of user and,
// unless a test says otherwise, that user's current session version (a fresh sign-in).
vi.mock("@/lib/auth/session", async () => {
  const { db } = await import("@/lib/db");
  const getSessionClaims = async () => {
    const session = testSession();
    if (!session) return null;
    const user = await db.user.findUnique({ where: { id: session.userId }, select: { sessionVersion: true } });
    return { userId: session.userId, sessionVersion: session.sessionVersion ?? user?.sessionVersion ?? 0 };
  };
  return { getSessionClaims, getSessionUserId: async () => (await getSessionClaims())?.userId ?? null };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

let dispose: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const opened = await openTestDatabase();
  useDbHandle(opened.handle);
  dispose = opened.dispose;
});

afterAll(async () => {
  await stopTestServer();
  useDbHandle(undefined);
  await dispose?.();
});
