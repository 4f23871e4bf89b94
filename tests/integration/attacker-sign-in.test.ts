// Sign-in as an attacker meets it: guessing from many (claimed) addresses, spraying made-up
// emails to lock everyone out, guessing a real account to lock its owner out, and telling real
// accounts from unknown ones by the answer or the work done. Calls next-auth's authorize() with
// the headers a request would carry (the socket's peer stamped by the server, X-Forwarded-For as
// sent by the client), and signInWithPassword with the device cookie a browser holds.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { newId } from "@/lib/db/ids";

const verified: string[] = [];
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...actual,
    verifyPassword: (plain: string, hash: string) => {
      verified.push(hash);
      return actual.verifyPassword(plain, hash);
    },
  };
});
// The browser's cookie jar: what authorize() sets through next/headers inside next-auth's route.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: (name: string, value: string) => jar.set(name, value) }),
}));

import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_IN_FAILED } from "@/lib/auth/schemas";
import { deviceCookieName, issueDeviceToken, verifyDeviceToken } from "@/lib/auth/device-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { PEER_HEADER, peerStampValue } from "@/lib/http/peer-stamp";
import { DEMO_EMAIL } from "@/tests/support/users";
import { TEST_PASSWORD } from "@/tests/support/test-database";
import { resetEnvForTests } from "@/lib/env";

// The server has one (npm start generates it): the device cookie's signing key derives from it.
process.env.NEXTAUTH_SECRET ??= "attacker-suite-secret";
resetEnvForTests();
// The attacker's guesses all land in the same second (bcrypt's time on a busy machine must not
// let a delay run out between two of them): the clock stands still for this file.
vi.useFakeTimers({ toFake: ["Date"], now: new Date() });

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** A request from socket peer `peer`, with whatever X-Forwarded-For the client chose to send. */
const attempt = (email: string, password: string, peer: string, forwardedFor?: string) =>
  authorize(
    { email, password },
    { headers: { [PEER_HEADER]: peerStampValue(peer), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) } },
  ).then(
    () => "signed in",
    (error: Error) => error.message,
  );

const THROTTLED = /^Too many failed sign-ins\. Try again in \d+ (second|seconds|minutes)\.$/;
let n = 0;
const madeUp = () => `nobody-${++n}-${Date.now()}@example.com`;

/** A user whose sign-ins the test watches, with the password we know. */
async function realUser(label: string, role: "AGENT" | "SUPER_ADMIN" = "AGENT"): Promise<string> {
  const email = `${label}-${Date.now()}@example.com`;
  await db.user.create({
    data: { id: newId(), email, name: label, role, passwordHash: await hashPassword(TEST_PASSWORD) },
  });
  return email;
}

/** The device nonce of the cookie authorize() gave the browser that signed in as `email`. */
const deviceOf = (email: string) => verifyDeviceToken(email, jar.get(deviceCookieName(email)));

describe("the client address is the socket's, not what the client claims", () => {
  it("rotating X-Forwarded-For on every guess does not escape the per-address limit", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 30; i++) answers.push(await attempt(madeUp(), "guess", "203.0.113.10", `198.51.100.${i}`));
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(SIGN_IN_FAILED));
    for (const answer of answers.slice(20)) expect(answer).toMatch(THROTTLED);
  });

  it("rotating X-Forwarded-For does not escape the per-account delay either", async () => {
    const email = await realUser("rotated");
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) answers.push(await attempt(email, `guess-${i}`, `203.0.113.${20 + i}`, `10.9.8.${i}`));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill(SIGN_IN_FAILED));
    for (const answer of answers.slice(5)) expect(answer).toMatch(THROTTLED);
  });

  it("a client-sent peer header is not believed", async () => {
    const forged = await authorize(
      { email: madeUp(), password: "guess" },
      { headers: { [PEER_HEADER]: "forged-token 192.0.2.1" } },
    ).then(
      () => "signed in",
      (error: Error) => error.message,
    );
    expect(forged).toBe(SIGN_IN_FAILED);
    // Counted in the one bucket of requests whose address is unknown, not as 192.0.2.1.
    expect(await db.loginAttempt.count({ where: { ip: "192.0.2.1" } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { ip: "unknown" } })).toBe(1);
  });
});

describe("nobody can lock a real user out", () => {
  it("40 failed sign-ins on made-up emails from one address do not lock out the super admin", async () => {
    const attacker = "203.0.113.40";
    const answers: string[] = [];
    for (let i = 0; i < 40; i++) answers.push(await attempt(madeUp(), "guess", attacker));
    expect(answers.filter((answer) => answer === SIGN_IN_FAILED)).toHaveLength(20);
    expect(await attempt(DEMO_EMAIL.SUPER_ADMIN, TEST_PASSWORD, "198.51.100.200")).toBe("signed in");
    // Even from the attacker's own (shared, e.g. NAT) address, with the browser it signed in from before.
    const device = deviceOf(DEMO_EMAIL.SUPER_ADMIN);
    expect(device).not.toBeNull();
    const fromDevice = await signInWithPassword({
      email: DEMO_EMAIL.SUPER_ADMIN,
      password: TEST_PASSWORD,
      address: attacker,
      deviceNonce: device,
    });
    expect(fromDevice).toMatchObject({ user: { email: DEMO_EMAIL.SUPER_ADMIN }, trustedDevice: true });
  });

  it("after a lockout attempt on their account, the real user signs in from their device", async () => {
    const email = await realUser("targeted");
    const home = "198.51.100.77";
    // The real user signed in here before: their browser holds the device cookie.
    expect(await attempt(email, TEST_PASSWORD, home)).toBe("signed in");
    const device = deviceOf(email);
    expect(device).not.toBeNull();
    // The attacker guesses from a new address each time until the account is slowed down.
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) answers.push(await attempt(email, `guess-${i}`, `203.0.113.${100 + i}`));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill(SIGN_IN_FAILED));
    for (const answer of answers.slice(5)) expect(answer).toMatch(THROTTLED);
    // The right password does not get through the throttle for the attacker…
    expect(await attempt(email, TEST_PASSWORD, "203.0.113.150")).toMatch(THROTTLED);
    // …nor with a device cookie of their own making.
    const forged = `${issueDeviceToken("attacker@example.com").split(".").slice(0, 2).join(".")}.AAAA`;
    expect(verifyDeviceToken(email, forged)).toBeNull();
    // The real user, from their browser, signs in at once — even from the attacker's address.
    await expect(
      signInWithPassword({ email, password: TEST_PASSWORD, address: "203.0.113.100", deviceNonce: device }),
    ).resolves.toMatchObject({ user: { email }, trustedDevice: true });
  });

  it("a device cookie stops being honoured after 10 failures of its own", async () => {
    const email = await realUser("stolen-device");
    const device = verifyDeviceToken(email, issueDeviceToken(email));
    const guess = (i: number) =>
      signInWithPassword({ email, password: `guess-${i}`, address: `203.0.113.${200 + i}`, deviceNonce: device }).then(
        () => "signed in",
        (error: Error) => error.message,
      );
    const answers: string[] = [];
    for (let i = 0; i < 17; i++) answers.push(await guess(i));
    // 10 on the device's own allowance, then it is an unknown browser: 5 more, then the delay.
    expect(answers.slice(0, 15)).toEqual(Array(15).fill(SIGN_IN_FAILED));
    for (const answer of answers.slice(15)) expect(answer).toMatch(THROTTLED);
  });

  it("parallel guesses are counted before any is checked: 30 at once get 5 password checks", async () => {
    const email = await realUser("parallel");
    verified.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(email, `guess-${i}`, `198.18.0.${i + 1}`)),
    );
    expect(answers.filter((answer) => answer === SIGN_IN_FAILED)).toHaveLength(5);
    expect(verified).toHaveLength(5);
  });
});

describe("answers and work tell no account's existence", () => {
  let inactive: string;
  beforeAll(async () => {
    inactive = await realUser("inactive");
    await db.user.update({ where: { email: inactive }, data: { active: false } });
  });

  it("unknown, inactive and real accounts get the same answer and one bcrypt check at the same cost", async () => {
    const cases = {
      unknown: await (async () => {
        verified.length = 0;
        const answer = await attempt(madeUp(), TEST_PASSWORD, "198.51.100.31");
        return { answer, hashes: [...verified] };
      })(),
      inactive: await (async () => {
        verified.length = 0;
        const answer = await attempt(inactive, TEST_PASSWORD, "198.51.100.32");
        return { answer, hashes: [...verified] };
      })(),
      wrongPassword: await (async () => {
        verified.length = 0;
        const answer = await attempt(DEMO_EMAIL.AGENT, "not-the-password", "198.51.100.33");
        return { answer, hashes: [...verified] };
      })(),
    };
    for (const { answer, hashes } of Object.values(cases)) {
      expect(answer).toBe(SIGN_IN_FAILED);
      expect(hashes).toHaveLength(1);
      expect(hashes[0]).toMatch(/^\$2[aby]\$10\$/); // the same bcrypt cost as real accounts
    }
  });

  it("the throttle answers an unknown email exactly as it answers a real one", async () => {
    const real = await realUser("throttle-twin");
    const unknown = madeUp();
    const run = async (email: string, base: number) => {
      const answers: string[] = [];
      for (let i = 0; i < 7; i++) answers.push(await attempt(email, "guess", `192.0.2.${base + i}`));
      return answers.map((answer) => answer.replace(/\d+ seconds?/, "N seconds"));
    };
    expect(await run(unknown, 10)).toEqual(await run(real, 30));
  });
});
