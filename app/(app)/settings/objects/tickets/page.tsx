import { redirect } from "next/navigation";

export default function TicketObjectHome() {
  redirect("/settings/objects/tickets/pipelines");
}
