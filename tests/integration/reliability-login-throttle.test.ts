// Sign-in throttling through next-auth's credentials authorize(): an attacker guessing one
// user's password from one address is stopped, the real user signing in from their own address
// is not, and the attacker cannot guess the right password past the throttle either.
import { beforeAll, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_IN_FAILED, SIGN_IN_THROTTLED } from "@/lib/auth/schemas";
import { db } from "@/lib/db";

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (email: string, password: string, ip: string) =>
  authorize({ email, password }, { headers: { "x-forwarded-for": ip } });

const email = `throttled-${Date.now()}@example.com`;
const PASSWORD = "correct horse battery staple";
beforeAll(async () => {
  await db.user.create({
    data: { email, name: "Real user", passwordHash: await hashPassword(PASSWORD), role: "AGENT" },
  });
});

it("throttles the attacker's (email, address) pair without locking out the real user elsewhere", async () => {
  const attacker = "203.0.113.66";
  const failures: string[] = [];
  for (let i = 0; i < 12; i++) {
    failures.push(
      await signIn(email, `guess-${i}`, attacker).then(
        () => "signed in",
        (e: Error) => e.message,
      ),
    );
  }
  expect(failures.slice(0, 8)).toEqual(Array(8).fill(SIGN_IN_FAILED));
  expect(failures.slice(8)).toEqual(Array(4).fill(SIGN_IN_THROTTLED));
  // Even the right password is refused from the throttled pair: guessing cannot continue.
  await expect(signIn(email, PASSWORD, attacker)).rejects.toThrow(SIGN_IN_THROTTLED);
  // The real user, from their own address, signs in.
  await expect(signIn(email, PASSWORD, "198.51.100.7")).resolves.toMatchObject({ email });
  // Throttled attempts are not even recorded as guesses (no password check ran).
  expect(await db.loginAttempt.count({ where: { email, ip: attacker } })).toBe(8);
});
