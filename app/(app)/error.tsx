"use client";
// A page of the app failed to render. The navigation above stays; the user can try again or go
// back to the board. The reference (Next's digest) matches the line in the server's log.
import { useEffect, useRef } from "react";
import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus the message so a keyboard or screen-reader user learns what happened where they are.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-prose space-y-3 py-12 text-center">
      <h1 id="error-title" ref={heading} tabIndex={-1} className="text-2xl font-semibold outline-hidden">
        Something went wrong
      </h1>
      <p className="text-muted-foreground">
        This page could not be shown. Nothing you changed before this was lost. Try again; if it keeps happening, tell
        your admin
        {error.digest ? (
          <>
            {" "}
            the reference <code className="rounded bg-secondary px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <p className="flex flex-wrap justify-center gap-2">
        <Button onClick={reset}>Try again</Button>
        <Link href="/tickets" className={buttonVariants({ variant: "outline" })}>
          Go to the ticket board
        </Link>
      </p>
    </section>
  );
}
