import "server-only";
import { db } from "@/lib/db";
import { emailUses } from "./email-usage";

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

/** Settings > Automated emails: every email with the actions that send it, and the add-on. */
export async function getAutomatedEmailsPage() {
  const [templates, uses, account] = await Promise.all([
    listEmailTemplates(),
    emailUses(db),
    db.account.findFirst({ select: { transactionalEmailAddon: true, timeZone: true } }),
  ]);
  return {
    emails: templates.map((t) => ({ ...t, uses: uses.get(t.key ?? t.id) ?? [] })),
    transactionalAddon: account?.transactionalEmailAddon ?? false,
    timeZone: account?.timeZone ?? "UTC",
  };
}
export type AutomatedEmailRow = Awaited<ReturnType<typeof getAutomatedEmailsPage>>["emails"][number];

/** One email's editor: the email, the actions that send it, and whether it may be transactional. */
export async function getAutomatedEmail(id: string) {
  const email = await db.emailTemplate.findUnique({
    where: { id },
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
  if (!email) return null;
  const [uses, account] = await Promise.all([
    emailUses(db, [email.key ?? email.id]),
    db.account.findFirst({ select: { transactionalEmailAddon: true } }),
  ]);
  return {
    email,
    uses: uses.get(email.key ?? email.id) ?? [],
    transactionalAddon: account?.transactionalEmailAddon ?? false,
  };
}
