import type { ReactNode } from "react";

/** A page's title with the section it belongs to above it and an optional explanation below. */
export function PageHeading({
  section,
  title,
  children,
  wide = false,
}: {
  section: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={wide ? "space-y-1" : "max-w-prose space-y-1"}>
      <p className="text-sm text-muted-foreground">{section}</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children ? <p className="text-sm text-muted-foreground">{children}</p> : null}
    </div>
  );
}
