import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { TopNav } from "@/components/shell/top-nav";
import { AccountTimeZoneProvider } from "@/components/ui/account-time-zone";
import { getAccountTimeZone } from "@/lib/account/queries";

// Every page in this group needs a signed-in user; pages check their own permissions.
export default async function AppLayout({ children }: { children: ReactNode }) {
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
