// The template a "Send email" action names: a built-in key ("ticket_received", "ticket_closed")
// or a custom automated email's id. Raw SQL: it is on the status change → email hot path.
import "server-only";
import { oneRow, sql, type Sql } from "@/lib/db/sql";
import { BUILT_IN_TEMPLATE_KEYS } from "./schema";

export interface EmailTemplateRow {
  id: string;
  name: string;
  subject: string;
  body: string;
  /** As sent: a custom email marked transactional counts as marketing while the account has no
   *  Transactional email add-on (SPEC §5); the built-ins are always transactional. */
  transactional: boolean;
  /** Marked transactional, but the add-on is off: sent as marketing. */
  addonMissing: boolean;
}

function isBuiltInKey(template: string): boolean {
  return (BUILT_IN_TEMPLATE_KEYS as readonly string[]).includes(template);
}

export function loadEmailTemplate(executor: Sql, template: string): Promise<EmailTemplateRow | undefined> {
  const match = isBuiltInKey(template) ? sql`key = ${template}` : sql`id = ${template}`;
  return oneRow<EmailTemplateRow>(
    executor,
    sql`
    SELECT id, name, subject, body,
      transactional AND ("builtIn" OR addon.enabled) AS transactional,
      transactional AND NOT "builtIn" AND NOT addon.enabled AS "addonMissing"
    FROM "EmailTemplate"
    CROSS JOIN (SELECT COALESCE(bool_or("transactionalEmailAddon"), false) AS enabled FROM "Account") addon
    WHERE ${match}`,
  );
}
