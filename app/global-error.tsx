"use client";
// The root layout itself failed (nothing of the app could render): a bare page with a way to retry.
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <main className="mx-auto max-w-prose space-y-3 px-3 py-12 text-center">
          <h1 className="text-2xl font-semibold">Ticketflow could not load</h1>
          <p className="text-muted-foreground">
            Try again in a moment.
            {error.digest ? ` If it keeps happening, tell your admin the reference ${error.digest}.` : null}
          </p>
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
