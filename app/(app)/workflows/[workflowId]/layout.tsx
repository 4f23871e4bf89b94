import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { workflowExists } from "@/lib/workflows/queries";

// Checks that the workflow exists before the page below streams, so a missing one answers 404 (a page
// behind its loading skeleton has already sent 200 when it finds out).
export default async function WorkflowLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workflowId: string }>;
}) {
  if (!(await workflowExists((await params).workflowId))) notFound();
  return children;
}
