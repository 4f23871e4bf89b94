// next-auth configuration: email + password (bcrypt), JWT sessions that carry only the user
// id. The role is never trusted from the token: lib/auth/current-user.ts reads it per request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";
import { loginIsThrottled, recordLoginAttempt } from "./login-rate-limit";
import { sameOriginPath } from "./safe-redirect";
import { SIGN_IN_FAILED, SIGN_IN_THROTTLED, ZSignIn } from "./schemas";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0]!.trim() : "local";
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
        const ip = clientAddress(req?.headers as Record<string, unknown> | undefined);
        if (await loginIsThrottled(email, ip)) throw new Error(SIGN_IN_THROTTLED);
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, name: true, email: true, passwordHash: true, active: true },
        });
        const ok = user !== null && user.active && (await verifyPassword(password, user.passwordHash));
        await recordLoginAttempt(email, ip, ok);
        if (!ok) throw new Error(SIGN_IN_FAILED);
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    /** After sign-in and sign-out: only this app's origin (callbackUrl is attacker-controlled). */
    redirect({ url, baseUrl }) {
      return `${new URL(baseUrl).origin}${sameOriginPath(url, baseUrl, "/")}`;
    },
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
