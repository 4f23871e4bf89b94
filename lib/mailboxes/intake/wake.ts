// In-process wake-up of the mailbox supervisor (a mailbox was connected or changed, an import was
// asked for): it looks at once instead of at its next round. On globalThis: Next loads modules twice.
type Listener = () => void;

const globalForWake = globalThis as unknown as { ticketflowMailboxWake?: Set<Listener> };
const listeners = () => (globalForWake.ticketflowMailboxWake ??= new Set());

export function wakeMailboxIntake(): void {
  for (const listener of listeners()) listener();
}

export function onMailboxWake(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
