import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function NewTicketLoading() {
  return <PageSkeleton label="Loading the new ticket form…" rows={4} />;
}
