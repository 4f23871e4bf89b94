// For pages: the signed-in user, or a redirect to /login. Pages still ask `can()` for
// anything role-specific; this only establishes who is asking.
import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
