"use client";

import * as React from "react";
import { Toaster as Sonner, toast } from "sonner";

type ToasterProps = React.ComponentProps<typeof Sonner>;

/** Mount once in the root layout; then call `toast.success("Saved")` from any client component. */
export function Toaster(props: ToasterProps) {
  return (
    <Sonner
      richColors
      closeButton
      position="bottom-right"
      toastOptions={{ style: { fontFamily: "var(--font-sans)" } }}
      {...props}
    />
  );
}

export { toast };
