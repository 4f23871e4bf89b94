import type { ReactNode } from "react";

/**
 * Shown at once while a page's data loads on navigation: the shape of what is coming (decorative
 * skeletons) and, for assistive technology, a busy region that says what is loading.
 */
export function PageLoading({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true" data-testid="page-loading" className="space-y-4">
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}
