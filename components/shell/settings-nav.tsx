"use client";

import Link from "next/link";
import { NavigationPending } from "./navigation-pending";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils/cn";

const GROUPS = [
  { title: "Data management", items: [{ href: "/settings/objects/tickets", label: "Objects: Tickets" }] },
  { title: "Inbox", items: [{ href: "/settings/channels", label: "Channels" }] },
  { title: "Email", items: [{ href: "/settings/automated-emails", label: "Automated emails" }] },
  {
    title: "Account",
    items: [
      { href: "/settings/account", label: "Account defaults", exact: true },
      { href: "/settings/account/business-hours", label: "Business hours" },
      { href: "/settings/users", label: "Users & teams" },
      { href: "/settings/api-keys", label: "API keys" },
      { href: "/settings/outbox", label: "Outbox" },
      { href: "/settings/jobs", label: "Jobs", adminsOnly: true },
    ],
  },
];

/** `admin`: the signed-in user may see admin-only pages (policy "jobs.view"); others don't get their links. */
export function SettingsNav({ admin }: { admin: boolean }) {
  const pathname = usePathname();
  return (
    // On a phone the links wrap in rows (a sideways scroll hid most of them with no hint).
    <nav aria-label="Settings" className="flex flex-wrap gap-x-4 gap-y-2 md:block md:space-y-5">
      {GROUPS.map((group) => (
        <div key={group.title} className="min-w-0">
          <h2 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {group.title}
          </h2>
          <ul className="flex flex-wrap gap-1 md:block md:space-y-0.5">
            {group.items
              .filter((item) => admin || !("adminsOnly" in item))
              .map((item) => {
                const active = pathname === item.href || (!("exact" in item) && pathname.startsWith(`${item.href}/`));
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "block whitespace-nowrap rounded-md px-2 py-1.5 text-sm hover:bg-muted",
                        active && "bg-accent font-medium text-accent-foreground",
                      )}
                    >
                      {item.label}
                      <NavigationPending />
                    </Link>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
