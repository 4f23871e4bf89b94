import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { contactExists } from "@/lib/contacts/queries";

// Checks that the contact exists before the page below streams, so a missing one answers 404 (a page
// behind its loading skeleton has already sent 200 when it finds out).
export default async function ContactLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  if (!(await contactExists((await params).id))) notFound();
  return children;
}
