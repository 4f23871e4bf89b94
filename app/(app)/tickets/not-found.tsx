import { MissingPage } from "@/components/shell/missing-page";

export default function TicketNotFound() {
  return (
    <MissingPage title="Ticket not found" href="/tickets" linkLabel="Go to the ticket board">
      This ticket may have been deleted, or the link is wrong.
    </MissingPage>
  );
}
