import { MissingPage } from "@/components/shell/missing-page";

// A URL that matches no route. Shown without the app's navigation (the visitor may not be signed
// in); the link leads to the board, which asks for sign-in when needed.
export default function NotFound() {
  return (
    <main id="main" className="px-3 sm:px-6">
      <MissingPage title="Page not found" href="/tickets" linkLabel="Go to the ticket board">
        There is nothing at this address. Check the link, or start again from the board.
      </MissingPage>
    </main>
  );
}
