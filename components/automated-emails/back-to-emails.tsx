import Link from "next/link";
import { ChevronLeft } from "lucide-react";

export function BackToEmails() {
  return (
    <Link
      href="/settings/automated-emails"
      className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
    >
      <ChevronLeft aria-hidden className="size-4" /> Automated emails
    </Link>
  );
}
