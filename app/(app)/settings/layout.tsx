import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { SettingsNav } from "@/components/shell/settings-nav";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="grid gap-6 md:grid-cols-[220px_minmax(0,1fr)]">
      <SettingsNav admin={can(user, "jobs.view")} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
