"use client";

// A thin bar across the top of the window while a navigation started by its link waits for the
// server (issue 15 item 2): a page without a skeleton of its own (the lists, the settings pages)
// shows at once that the click was taken. Rendered inside a next/link. Hidden from screen readers,
// which stay on the page they are on until the new one arrives.
import { useLinkStatus } from "next/link";

export function NavigationPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      aria-hidden="true"
      data-testid="navigation-pending"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 block h-1 animate-pulse bg-primary motion-reduce:animate-none"
    />
  );
}
