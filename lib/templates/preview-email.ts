// The live preview of Settings > Automated emails: the subject and body rendered on the server
// with an example ticket and contact (the pages' Content-Security-Policy forbids compiling a
// template in the browser), and what is wrong with either, in the editor's words.
import "server-only";
import { db } from "@/lib/db";
import { templateProblem } from "./check-template";
import { renderSubject, renderText } from "./render";
import { templateView } from "./render-view";
import type { TPreviewEmail } from "./schemas";

export interface EmailPreview {
  subject: string;
  body: string;
  problems: { subject: string | null; body: string | null };
}

export async function previewEmail({ subject, body }: TPreviewEmail): Promise<EmailPreview> {
  const account = await db.account.findFirst({ select: { name: true } });
  const view = templateView({
    ticket: {
      id: "1042",
      subject: "My order arrived damaged",
      description: "The box was crushed and the mug inside is broken.",
      priority: "HIGH",
      statusLabel: "Closed",
      pipelineName: "Support Pipeline",
      ownerName: "Alex Agent",
    },
    contact: { name: "Maria Garcia", email: "maria@customer.example" },
    accountName: account?.name ?? "Your company",
  });
  return {
    subject: renderSubject(subject, view).text,
    body: renderText(body, view).text,
    problems: { subject: templateProblem(subject), body: templateProblem(body) },
  };
}
