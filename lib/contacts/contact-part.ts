// A contact as a write part (lib/db/write-batch.ts): found or created by email in the statement
// of the change that needs it (a new ticket, an inbound or outbound message).
import "server-only";
import { newId } from "@/lib/db/ids";
import { sql, utc } from "@/lib/db/sql";
import type { WritePart } from "@/lib/db/write-batch";

/** Emails are matched case-insensitively: stored lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Finds or creates the contact by email; later parts read its id as `selectIdFrom(name)`. */
export function contactPart(name: string, email: string, contactName: string | null, now: Date): WritePart {
  // DO UPDATE (not DO NOTHING) so RETURNING yields the existing row too; it only fills a missing name.
  const statement = sql`
    INSERT INTO "Contact" (id, email, name, "marketingContact", "createdAt")
    VALUES (${newId()}, ${normalizeEmail(email)}, ${contactName}, false, ${utc(now)})
    ON CONFLICT (email) DO UPDATE SET name = COALESCE("Contact".name, EXCLUDED.name)
    RETURNING id`;
  return { name, statement };
}
