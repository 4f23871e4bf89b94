-- The ticket's search text is recomputed only when its subject or contact changes. The trigger
-- fired on every UPDATE naming either column, and the ticket's guarded update names both on every
-- change (lib/tickets/ticket-writes.ts: one statement shape whatever changed), so every status
-- move, reassignment or SLA change ran the PL/pgSQL function and its contact lookup for a text
-- that came out the same. The WHEN clause is checked before the function is called.
DROP TRIGGER "Ticket_searchText" ON "Ticket";

CREATE TRIGGER "Ticket_searchText_insert" BEFORE INSERT ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "Ticket_set_searchText"();

CREATE TRIGGER "Ticket_searchText_update" BEFORE UPDATE OF subject, "contactId" ON "Ticket"
  FOR EACH ROW WHEN (OLD.subject IS DISTINCT FROM NEW.subject OR OLD."contactId" IS DISTINCT FROM NEW."contactId")
  EXECUTE FUNCTION "Ticket_set_searchText"();
