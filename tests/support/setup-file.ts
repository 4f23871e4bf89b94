// Runs in every integration test file: its own database, and a session that tests choose.
import { afterAll, beforeAll, vi } from "vitest";
import { useDbHandle } from "@/lib/db";
import { openTestDatabase } from "./test-database";
import { sessionUserId } from "./session-store";

vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => sessionUserId() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

let dispose: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const opened = await openTestDatabase();
  useDbHandle(opened.handle);
  dispose = opened.dispose;
});

afterAll(async () => {
  useDbHandle(undefined);
  await dispose?.();
});
