import type { ReactNode } from "react";
import { TabNav } from "@/components/ui/tab-nav";

// The tabs of the source product's ticket object settings; each has its own URL.
export default function TicketObjectLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-muted-foreground">Objects</p>
        <h1 className="text-2xl font-semibold">Tickets</h1>
      </div>
      <TabNav
        aria-label="Ticket object settings"
        items={[
          { href: "/settings/objects/tickets/pipelines", label: "Pipelines" },
          { href: "/settings/objects/tickets/properties", label: "Properties" },
        ]}
      />
      {children}
    </div>
  );
}
