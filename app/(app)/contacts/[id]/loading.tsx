import { RecordSkeleton } from "@/components/shell/record-skeleton";

export default function ContactLoading() {
  return <RecordSkeleton label="Loading the contact…" />;
}
