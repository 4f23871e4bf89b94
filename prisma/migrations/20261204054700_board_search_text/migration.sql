-- Board search in one trigram index: each ticket's subject, contact name and contact email,
-- lowercased one by one (as ILIKE lowercases) and joined by a newline, kept in "searchText" by
-- triggers in the same transaction as the write. A search is `"searchText" LIKE lower(pattern)`:
-- one GIN bitmap instead of three indexes and a union, and no lower() per row read.
-- A pattern without a newline can only match inside one of the three parts; the board adds
-- the per-part ILIKEs when the search text holds one (lib/tickets/board-filter-sql.ts).

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION "board_search_text"(subject TEXT, name TEXT, email TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(subject) || E'\n' || coalesce(lower(name), '') || E'\n' || coalesce(lower(email), '') $$;

-- A ticket written with a new subject or contact (an insert, an update naming either column,
-- the contact's deletion setting contactId to NULL).
CREATE FUNCTION "Ticket_set_searchText"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  contact_name TEXT;
  contact_email TEXT;
BEGIN
  -- No contact (or none found): both stay NULL.
  SELECT c.name, c.email INTO contact_name, contact_email FROM "Contact" c WHERE c.id = NEW."contactId";
  NEW."searchText" := "board_search_text"(NEW.subject, contact_name, contact_email);
  RETURN NEW;
END $$;

CREATE TRIGGER "Ticket_searchText" BEFORE INSERT OR UPDATE OF subject, "contactId" ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "Ticket_set_searchText"();

-- A contact renamed or readdressed: its tickets' search text follows.
CREATE FUNCTION "Contact_update_ticket_searchText"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Ticket" t SET "searchText" = "board_search_text"(t.subject, NEW.name, NEW.email)
  WHERE t."contactId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Contact_ticket_searchText" AFTER UPDATE OF name, email ON "Contact"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION "Contact_update_ticket_searchText"();

UPDATE "Ticket" t SET "searchText" = "board_search_text"(t.subject, c.name, c.email)
FROM "Contact" c WHERE c.id = t."contactId";
UPDATE "Ticket" SET "searchText" = "board_search_text"(subject, NULL, NULL) WHERE "contactId" IS NULL;

-- DropIndex: the search reads only the new index.
DROP INDEX "Ticket_subject_trgm_idx";
DROP INDEX "Contact_name_trgm_idx";
DROP INDEX "Contact_email_trgm_idx";

-- CreateIndex
CREATE INDEX "Ticket_searchText_trgm_idx" ON "Ticket" USING GIN ("searchText" gin_trgm_ops);
