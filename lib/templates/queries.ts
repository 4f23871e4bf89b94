import "server-only";
import { db } from "@/lib/db";

/** Built-in templates first ("Ticket received", "Ticket closed"), then custom automated emails. */
export function listEmailTemplates() {
  return db.emailTemplate.findMany({
    orderBy: [{ builtIn: "desc" }, { name: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      subject: true,
      body: true,
      transactional: true,
      builtIn: true,
      version: true,
    },
  });
}
export type EmailTemplateView = Awaited<ReturnType<typeof listEmailTemplates>>[number];

/** Each email's name by what a send_email action stores (a built-in's key, a custom email's id). */
export async function emailTemplateNames(): Promise<Record<string, string>> {
  const rows = await db.emailTemplate.findMany({ select: { id: true, key: true, name: true } });
  return Object.fromEntries(rows.map((t) => [t.key ?? t.id, t.name]));
}
