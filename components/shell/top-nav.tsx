import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

const SECTIONS = [
  { href: "/tickets", label: "Tickets" },
  { href: "/contacts", label: "Contacts" },
  { href: "/workflows", label: "Workflows" },
  { href: "/settings", label: "Settings" },
];

export function TopNav({ user }: { user: CurrentUser }) {
  return (
    <header className="sticky top-0 z-40 bg-[#2d3e50] text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-1 focus:text-black"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-1 px-2 sm:gap-4 sm:px-6">
        <Link href="/tickets" className="shrink-0 font-semibold tracking-tight sm:mr-2" aria-label="Ticketflow home">
          <span aria-hidden className="sm:hidden">
            TF
          </span>
          <span className="hidden sm:inline">Ticketflow</span>
        </Link>
        <nav aria-label="Main" className="flex min-w-0 flex-1 items-center gap-0.5 overflow-x-auto sm:gap-1">
          {SECTIONS.map((section) => (
            <NavLink key={section.href} href={section.href}>
              {section.label}
            </NavLink>
          ))}
        </nav>
        <UserMenu name={user.name} email={user.email} role={user.role} />
      </div>
    </header>
  );
}
