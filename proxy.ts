// Runs before every page and API answer: the security headers (lib/http/security-headers.ts, a
// fresh CSP nonce per page) and, for pages, sending visitors without a session to /login. The
// redirect is a convenience, not protection: every page, server action and route handler checks
// the user itself (lib/auth/policy.ts), and the session's version (lib/auth/current-user.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/http/served-over-https";
import { newNonce, securityHeaders, type AnswerKind } from "@/lib/http/security-headers";

/** Pages anyone may open; everything else under /api checks its own credentials. */
const PUBLIC_PAGES = ["/login"];

function answerKind(pathname: string): AnswerKind {
  return pathname.startsWith("/api/") ? "api" : "page";
}

async function signInRedirect(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  if (answerKind(pathname) === "api" || PUBLIC_PAGES.includes(pathname)) return null;
  if (await getToken({ req: request, secret: env().NEXTAUTH_SECRET })) return null;
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const kind = answerKind(request.nextUrl.pathname);
  const headers = securityHeaders({
    kind,
    nonce: kind === "page" ? newNonce() : undefined,
    https: servedOverHttps(request.headers),
    dev: env().NODE_ENV === "development",
  });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
  const response = (await signInRedirect(request)) ?? NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files (hashed, immutable) and the icons.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
