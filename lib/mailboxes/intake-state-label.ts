// How a mailbox's intake state reads on the channel and in Settings > Jobs. Free of server imports.
export interface IntakeStatus {
  channelId: string;
  intakeState: string;
  lastError: string | null;
  failures: number;
  nextAttemptAt: Date | string | null;
  lastSyncAt: Date | string | null;
  importState: string;
  importTotal: number;
  importDone: number;
}

type Tone = "success" | "warning" | "destructive" | "secondary";

export function intakeStateLabel(status: Pick<IntakeStatus, "intakeState" | "failures">): {
  label: string;
  tone: Tone;
} {
  switch (status.intakeState) {
    case "idle":
      return { label: "Reading (new mail arrives at once: IDLE)", tone: "success" };
    case "polling":
      return { label: "Reading (polled: the server offers no IDLE)", tone: "success" };
    case "failing":
      return { label: `Cannot read the mailbox (${status.failures} failed attempts)`, tone: "destructive" };
    default:
      return { label: "Connecting…", tone: "secondary" };
  }
}
