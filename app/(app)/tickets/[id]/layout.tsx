import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ticketExists } from "@/lib/tickets/queries";

// Checks that the ticket exists before the page below streams, so a missing one answers 404 (a page
// behind its loading skeleton has already sent 200 when it finds out).
export default async function TicketLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  if (!(await ticketExists((await params).id))) notFound();
  return children;
}
