// Real email to the e2e server's inbound SMTP server (E2E_SMTP_PORT, set by playwright.config.ts),
// and the ticket it opened, found through the public API (newest first).
import { expect, type APIRequestContext } from "@playwright/test";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";

export const SUPPORT_INBOX = "support@acme.example";

export async function sendToInbox(message: Mail.Options): Promise<void> {
  const transporter = nodemailer.createTransport({
    host: "127.0.0.1",
    port: Number(process.env.E2E_SMTP_PORT),
    secure: false,
    ignoreTLS: true,
  });
  try {
    const sent = await transporter.sendMail({ to: SUPPORT_INBOX, ...message });
    expect(sent.response).toContain("250");
  } finally {
    transporter.close();
  }
}

export async function ticketIdWithSubject(request: APIRequestContext, subject: string): Promise<string> {
  const response = await request.get("/api/v1/tickets?limit=50", {
    headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` },
  });
  expect(response.status()).toBe(200);
  const tickets = (await response.json()) as { id: string; subject: string }[];
  const ticket = tickets.find((t) => t.subject === subject);
  expect(ticket, `a ticket "${subject}"`).toBeDefined();
  return ticket!.id;
}
