import { MissingPage } from "@/components/shell/missing-page";

// A page inside the app whose record does not exist (a deleted pipeline, channel, …); the
// navigation above stays.
export default function AppNotFound() {
  return (
    <MissingPage title="Page not found" href="/tickets" linkLabel="Go to the ticket board">
      It may have been deleted, or the link is wrong.
    </MissingPage>
  );
}
