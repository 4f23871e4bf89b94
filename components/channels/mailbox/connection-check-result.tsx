"use client";
// What "Test connection" found, per server: signed in, or exactly what failed.
import { CheckCircle2, XCircle } from "lucide-react";
import type { CheckResult, ConnectionCheck } from "@/lib/mailboxes/test-connection";

const STAGE_LABEL = {
  dns: "DNS",
  tcp: "Connection",
  tls: "TLS certificate",
  auth: "Authentication",
  folder: "Folder missing",
  server: "Server",
} as const;

function Line({ name, result }: { name: string; result: CheckResult }) {
  return (
    <li className="flex gap-2" data-testid={`check-${name.toLowerCase()}`}>
      {result.ok ? (
        <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
      ) : (
        <XCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
      )}
      <span>
        <strong>
          {name}: {result.ok ? "OK" : `${STAGE_LABEL[result.stage]} failed`}
        </strong>{" "}
        — {result.message}
      </span>
    </li>
  );
}

export function ConnectionCheckResult({ check }: { check: ConnectionCheck }) {
  return (
    <ul className="grid gap-2 rounded-md border p-3 text-sm" aria-live="polite" data-testid="connection-check">
      <Line name="IMAP" result={check.imap} />
      <Line name="SMTP" result={check.smtp} />
    </ul>
  );
}
