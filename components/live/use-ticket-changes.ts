"use client";
// Listens to the server's stream of changed tickets (GET /tickets/live) for a pipeline or one
// ticket while the component is mounted. EventSource reconnects by itself after a drop. A
// "resync" (more tickets changed at once than the server lists) calls `onChange` with no list:
// anything shown may have changed.
import { useEffect, useRef } from "react";
import type { TicketChange } from "@/lib/live/ticket-change";

export function useTicketChanges(
  scope: { pipelineId: string } | { ticketId: string },
  onChange: (changes: TicketChange[]) => void,
): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const query = new URLSearchParams(scope).toString();
  useEffect(() => {
    const source = new EventSource(`/tickets/live?${query}`);
    source.addEventListener("tickets", (event) => latest.current(JSON.parse((event as MessageEvent<string>).data)));
    source.addEventListener("resync", () => latest.current([]));
    return () => source.close();
  }, [query]);
}
