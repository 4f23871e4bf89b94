-- A ticket's pending jobs: its status and SLA timers, cancelled in the same statement as every
-- status move and SLA clock change (lib/tickets/timer-writes.ts, sla-timer-writes.ts), the board's
-- bulk move (lib/pipelines/move-tickets.ts) and the dry run's timers (lib/automate/dry-run-timers.ts).
-- By ("state", "priority", "runAt") those read every pending job of the help desk to keep the
-- ticket's: the events bench's moves, each leaving a workflow step pending, read 5,800 index
-- entries a move after 11,000 events, and PostgreSQL's CPU per event grew by a fifth each round
-- (bench/PROFILE.md, 5 Dec 11:45 UTC). Partial, so Prisma's schema cannot state it (schema.prisma
-- says so).
CREATE INDEX "Job_pending_by_ticket_idx" ON "Job" ("ticketId") WHERE state = 'PENDING';
