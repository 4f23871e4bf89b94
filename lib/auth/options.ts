// next-auth configuration: email + password (bcrypt), JWT sessions that carry only the user
// id. The role is never trusted from the token: lib/auth/current-user.ts reads it per request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientAddress } from "@/lib/http/client-address";
import { deviceCookieName, deviceCookieOptions, deviceNonceFromCookieHeader, issueDeviceToken } from "./device-cookie";
import { sameOriginPath } from "./safe-redirect";
import { SignInRefused, signInWithPassword, type SignedInUser } from "./sign-in";
import { endSessions } from "./end-sessions";
import { SIGN_IN_FAILED, SIGN_IN_UNAVAILABLE, ZSignIn } from "./schemas";

type RequestHeaders = Record<string, unknown> | undefined;

/** Gives this browser the account's device cookie (inside next-auth's route handler). */
async function rememberDevice(email: string): Promise<void> {
  const { cookies } = await import("next/headers");
  (await cookies()).set(deviceCookieName(email), issueDeviceToken(email), deviceCookieOptions());
}

export const authOptions: NextAuthOptions = {
  // Never a fallback: the server refuses to start without one (lib/server-start.ts).
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials);
        if (!parsed.success) throw new Error(SIGN_IN_FAILED);
        const { email, password } = parsed.data;
        const headers = req?.headers as RequestHeaders;
        const cookieHeader = typeof headers?.cookie === "string" ? headers.cookie : undefined;
        try {
          const { user, trustedDevice } = await signInWithPassword({
            email,
            password,
            address: clientAddress(headers),
            deviceNonce: deviceNonceFromCookieHeader(email, cookieHeader),
          });
          if (!trustedDevice) await rememberDevice(email);
          return user;
        } catch (error) {
          // next-auth shows an Error's message on the form: only ours, never a database's.
          if (error instanceof SignInRefused) throw error;
          logger.error({ err: error }, "sign-in failed unexpectedly");
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    /** After sign-in and sign-out: only this app's origin (callbackUrl is attacker-controlled). */
    redirect({ url, baseUrl }) {
      return `${new URL(baseUrl).origin}${sameOriginPath(url, baseUrl, "/")}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as SignedInUser).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        Object.assign(session.user, { id: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
      }
      return session;
    },
  },
  events: {
    /** Signing out ends the user's sessions: the token is refused from the next request on, even
     *  if it was copied before (a JWT cannot be recalled, its version can be outdated). */
    async signOut({ token }) {
      if (token?.sub) await endSessions(token.sub);
    },
  },
};
