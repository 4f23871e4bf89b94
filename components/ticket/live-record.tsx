"use client";
// The ticket record follows changes made elsewhere (another agent, automation, the API, an
// email): the page's data is fetched again when this ticket changes. What the user is typing in
// the composer stays (a refresh keeps client state).
import { useRouter } from "next/navigation";
import { useTicketChanges } from "@/components/live/use-ticket-changes";

export function LiveRecord({ ticketId }: { ticketId: string }) {
  const router = useRouter();
  useTicketChanges({ ticketId }, () => router.refresh());
  return null;
}
