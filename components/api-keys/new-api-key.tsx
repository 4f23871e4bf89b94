"use client";

import { useRef, useState } from "react";
import { Check, Copy, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";

/** The one and only showing of a new key. */
/** A key just created: its name and the full key, shown this once. */
export interface CreatedKey {
  name: string;
  key: string;
}

export function NewApiKey({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const input = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
      toast.success("API key copied to the clipboard.");
    } catch {
      // No clipboard (e.g. plain http on another host): select it so Ctrl+C works.
      input.current?.select();
      toast.error("Could not copy automatically. The key is selected: press Ctrl+C (⌘C) to copy it.");
    }
  }

  return (
    <div className="grid gap-4" data-testid="new-api-key">
      <DialogHeader>
        <DialogTitle>API key &ldquo;{created.name}&rdquo; created</DialogTitle>
        <DialogDescription>
          Send it as &lsquo;Authorization: Bearer &lt;key&gt;&rsquo; to the Ticketflow API.
        </DialogDescription>
      </DialogHeader>
      <p
        role="note"
        className="flex gap-2 rounded-md border border-warning bg-warning/20 px-3 py-2 text-sm text-warning-foreground"
      >
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          <strong>Copy this key now: you won&rsquo;t see it again.</strong> Ticketflow stores only a fingerprint of it.
          If you lose it, revoke it and create a new one.
        </span>
      </p>
      <div className="grid gap-1.5">
        <Label htmlFor="new-api-key-value">Your new API key</Label>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          {/* Wraps instead of scrolling: the whole key stays visible on a phone. */}
          <Textarea
            ref={input}
            id="new-api-key-value"
            data-testid="new-api-key-value"
            readOnly
            rows={2}
            value={created.key}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-0 resize-none break-all font-mono"
            spellCheck={false}
          />
          <Button variant="outline" onClick={copy} data-testid="copy-api-key" className="sm:mt-1">
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
      <DialogFooter>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </div>
  );
}
