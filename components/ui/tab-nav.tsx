"use client";

import * as React from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils/cn";
import { tabListClasses, tabTriggerClasses } from "./tabs";

export type TabNavItem = { href: string; label: React.ReactNode };

type TabNavProps = Omit<React.ComponentProps<"nav">, "children"> & {
  items: TabNavItem[];
  /** Names the landmark for screen readers, e.g. "Pipeline settings". */
  "aria-label": string;
};

const pathOf = (href: string) => href.split(/[?#]/)[0]!.replace(/\/+$/, "") || "/";

/** The item whose href is the longest path prefix of the current URL (so /a/b beats /a on /a/b/c). */
export function activeHref(pathname: string, items: TabNavItem[]): string | undefined {
  const current = pathOf(pathname);
  let best: string | undefined;
  for (const { href } of items) {
    const path = pathOf(href);
    const matches = current === path || current.startsWith(path === "/" ? "/" : `${path}/`);
    if (matches && (best === undefined || path.length > pathOf(best).length)) best = href;
  }
  return best;
}

/** Tabs that are links: each tab is its own URL, so it can be bookmarked and server-rendered. */
export function TabNav({ items, className, ...props }: TabNavProps) {
  const active = activeHref(usePathname() ?? "/", items);
  return (
    <nav data-slot="tab-nav" className={className} {...props}>
      <ul className={tabListClasses}>
        {items.map((item) => {
          const isActive = item.href === active;
          return (
            <li key={item.href} className="flex">
              <Link
                href={item.href}
                aria-current={isActive ? "page" : undefined}
                className={cn(tabTriggerClasses, isActive && "border-primary text-foreground")}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
