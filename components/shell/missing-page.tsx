import type { ReactNode } from "react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

/** What a not-found page says: what is missing, why that may be, and the way back. */
export function MissingPage({
  title,
  children,
  href,
  linkLabel,
}: {
  title: string;
  children: ReactNode;
  href: string;
  linkLabel: string;
}) {
  return (
    <section aria-labelledby="missing-title" className="mx-auto max-w-prose space-y-3 py-12 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 id="missing-title" className="text-2xl font-semibold">
        {title}
      </h1>
      <p className="text-muted-foreground">{children}</p>
      <p>
        <Link href={href} className={buttonVariants()}>
          {linkLabel}
        </Link>
      </p>
    </section>
  );
}
