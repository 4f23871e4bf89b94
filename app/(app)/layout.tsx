import type { ReactNode } from "react";
import { connection } from "next/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { TopNav } from "@/components/shell/top-nav";
import { AccountTimeZoneProvider } from "@/components/ui/account-time-zone";
import { getAccountTimeZone } from "@/lib/account/queries";

// Every page in this group needs a signed-in user; pages check their own permissions.
export default async function AppLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered by `next build`: the account's zone is read from the
  // database, which the build must not open (under `npm start` a build worker that opened the
  // data folder could still hold it when the server started, which then failed to start).
  await connection();
  const [user, timeZone] = await Promise.all([requirePageUser(), getAccountTimeZone()]);
  return (
    <>
      <TopNav user={user} />
      <main id="main" className="mx-auto w-full max-w-screen-2xl px-3 py-6 sm:px-6">
        <AccountTimeZoneProvider timeZone={timeZone}>{children}</AccountTimeZoneProvider>
      </main>
    </>
  );
}
