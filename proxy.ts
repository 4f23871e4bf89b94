// Sends visitors without a session to /login. This is a convenience, not protection: every
// page, server action and route handler checks the user itself (see lib/auth/policy.ts).
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  // Everything but the sign-in page, next-auth's own routes, the public API (API keys and
  // signatures, checked by each handler) and static files.
  matcher: ["/((?!login|api/|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};
