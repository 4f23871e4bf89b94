// A stolen or left-behind session token (a JWT, valid for 12 hours) stops working on the next
// request once its user signs out, changes their password, is deactivated or changes role: the
// token carries the user's session version, and the version is checked where the role is read
// (lib/auth/current-user.ts) on every request.
import { beforeEach, expect, it, vi } from "vitest";
import { newId } from "@/lib/db/ids";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: (name: string, value: string) => jar.set(name, value) }),
}));

import type { JWT } from "next-auth/jwt";
import type { Session, User } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { requireUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { resetEnvForTests } from "@/lib/env";
import { db } from "@/lib/db";
import { PEER_HEADER, peerStampValue } from "@/lib/http/peer-stamp";
import { changeUserRoleAction, setUserActiveAction } from "@/lib/users/actions";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import { actAs } from "@/tests/support/users";
import { useSession } from "@/tests/support/session-store";
import { TEST_PASSWORD } from "@/tests/support/test-database";

process.env.NEXTAUTH_SECRET ??= "attacker-suite-secret";
resetEnvForTests();

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<User>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const callbacks = authOptions.callbacks!;

let email: string;
let userId: string;

beforeEach(async () => {
  email = `session-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const user = await db.user.create({
    data: { id: newId(), email, name: "Session owner", role: "AGENT", passwordHash: await hashPassword(TEST_PASSWORD) },
  });
  userId = user.id;
});

/** Signs in through next-auth's authorize, jwt and session callbacks: the token a browser keeps. */
async function signIn(password = TEST_PASSWORD): Promise<JWT> {
  const user = await authorize({ email, password }, { headers: { [PEER_HEADER]: peerStampValue("198.51.100.4") } });
  return (await callbacks.jwt!({ token: { sub: undefined }, user, account: null, trigger: "signIn" })) as JWT;
}

/** The next request made with that token. */
async function requestWith(token: JWT): Promise<string> {
  const session = (await callbacks.session!({
    session: { user: {}, expires: "" } as Session,
    token,
    user: undefined as never,
    newSession: undefined,
    trigger: "update",
  })) as Session & { user: { id: string; sessionVersion: number } };
  useSession({ userId: session.user.id, sessionVersion: session.user.sessionVersion });
  return requireUser().then(
    (user) => `signed in as ${user.email}`,
    (error: Error) => error.message,
  );
}

it("signing out ends the session: the same token is refused on the next request", async () => {
  const token = await signIn();
  expect(await requestWith(token)).toBe(`signed in as ${email}`);
  await authOptions.events!.signOut!({ token, session: null as never });
  expect(await requestWith(token)).toBe("Sign in to continue.");
  // Signing in again gives a working session.
  expect(await requestWith(await signIn())).toBe(`signed in as ${email}`);
});

it("a password change ends the user's other sessions (a stolen token stops working)", async () => {
  const stolen = await signIn();
  const own = await signIn();
  expect(await requestWith(own)).toBe(`signed in as ${email}`);
  const result = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "a-new-password-42" });
  expect(result).toMatchObject({ ok: true });
  expect(await requestWith(stolen)).toBe("Sign in to continue.");
  expect(await requestWith(own)).toBe("Sign in to continue.");
  expect(await requestWith(await signIn("a-new-password-42"))).toBe(`signed in as ${email}`);
});

it("deactivation ends the user's sessions, and reactivation does not revive them", async () => {
  const token = await signIn();
  await actAs("ACCOUNT_ADMIN");
  expect(await setUserActiveAction({ userId, active: false })).toMatchObject({ ok: true });
  expect(await requestWith(token)).toBe("Sign in to continue.");
  await actAs("ACCOUNT_ADMIN");
  expect(await setUserActiveAction({ userId, active: true })).toMatchObject({ ok: true });
  expect(await requestWith(token)).toBe("Sign in to continue.");
});

it("a role change ends the user's sessions", async () => {
  const token = await signIn();
  await actAs("SUPER_ADMIN");
  expect(await changeUserRoleAction({ userId, role: "ACCOUNT_ADMIN" })).toMatchObject({ ok: true });
  expect(await requestWith(token)).toBe("Sign in to continue.");
  expect(await requestWith(await signIn())).toBe(`signed in as ${email}`);
});

it("a wrong current password changes nothing and ends nothing", async () => {
  const token = await signIn();
  useSession({ userId });
  expect(await changeOwnPasswordAction({ currentPassword: "not-it", newPassword: "a-new-password-42" })).toMatchObject({
    ok: false,
  });
  expect(await requestWith(token)).toBe(`signed in as ${email}`);
});
