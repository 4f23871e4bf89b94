-- The loop guard (SPEC §7) counts a ticket's automated changes in the last hour on every change of
-- that ticket (lib/tickets/ticket-snapshot.ts, "recentAutomationCount"). By ("ticketId",
-- "createdAt") alone that read every timeline entry of the ticket's last hour to keep the few
-- automated ones, so it grew with the ticket's activity: most when a ticket is flooded by a mail
-- loop, the case the guard is for (the events bench: +20 % of PostgreSQL's time per event over
-- three rounds). Only the rows the guard counts, which it caps at its hourly limit. Partial, so
-- Prisma's schema cannot state it (schema.prisma says so).
CREATE INDEX "TimelineEntry_automated_changes_idx" ON "TimelineEntry" ("ticketId", "createdAt")
  WHERE "ruleName" IS NOT NULL AND kind IN ('status_changed', 'property_changed');
