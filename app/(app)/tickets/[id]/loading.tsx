import { RecordSkeleton } from "@/components/shell/record-skeleton";

export default function TicketLoading() {
  return <RecordSkeleton label="Loading the ticket…" />;
}
