"use client";

import { useId, useState } from "react";
import { ChevronDown } from "lucide-react";
import type { MessageTextView } from "@/lib/conversations/quoted-text";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

const TEXT = "whitespace-pre-wrap break-words text-sm";

/** A message's text: a reply's new text, its quoted history and signature behind a toggle. */
export function MessageText({ view }: { view: MessageTextView }) {
  const [expanded, setExpanded] = useState(false);
  const quotedId = useId();
  if (view.kind === "whole") return <p className={cn(TEXT, "text-foreground/90")}>{view.text}</p>;
  return (
    <div className="grid justify-items-start gap-1">
      {expanded && view.quotedIsWhole ? null : (
        <p className={cn(TEXT, "justify-self-stretch text-foreground/90")} data-testid="message-new-text">
          {view.newText}
        </p>
      )}
      <Button
        variant="ghost"
        size="sm"
        className="-ml-2 h-7 px-2 text-muted-foreground"
        aria-expanded={expanded}
        aria-controls={quotedId}
        onClick={() => setExpanded((open) => !open)}
        data-testid="quoted-text-toggle"
      >
        <ChevronDown className={cn("transition-transform", expanded && "rotate-180")} aria-hidden />
        {expanded ? "Hide quoted text" : "Show quoted text"}
      </Button>
      <div
        id={quotedId}
        hidden={!expanded}
        className={cn(TEXT, "justify-self-stretch border-l-2 pl-3 text-muted-foreground")}
        data-testid="message-quoted-text"
      >
        {view.quoted}
      </div>
    </div>
  );
}
