// Seeds an empty database with the demo account. A non-empty database is never re-seeded.
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { displayPrefix, hashApiKey } from "@/lib/api-keys/key-material";
import { seedTickets } from "./seed-tickets";
import { CONTACTS, DEMO_USERS, EXTRA_AGENTS, PIPELINES, TEMPLATES } from "./seed-data";
import { newId } from "@/lib/db/ids";

export interface SeedOptions {
  demoPassword?: string;
  bootstrapApiKey?: string;
  ticketCount?: number;
}

export type SeedResult =
  { seeded: false } | { seeded: true; password: string; passwordGenerated: boolean; users: typeof DEMO_USERS };

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  if ((await prisma.user.count()) > 0) return { seeded: false };
  const password = options.demoPassword ?? crypto.randomBytes(9).toString("base64url");
  const passwordHash = await hashPassword(password);

  await prisma.$transaction(
    async (tx) => {
      await tx.account.create({ data: { name: "Acme Support", timeZone: "Europe/Berlin" } });
      const people = [...DEMO_USERS, ...EXTRA_AGENTS.map((a) => ({ ...a, role: "AGENT" as const }))];
      await tx.user.createMany({ data: people.map((p) => ({ id: newId(), ...p, passwordHash })) });
      const users = await tx.user.findMany({ select: { id: true, email: true } });
      const userId = (email: string) => users.find((u) => u.email === email)!.id;

      if (options.bootstrapApiKey) {
        await tx.apiKey.create({
          data: {
            id: newId(),
            name: "Bootstrap key (TICKETFLOW_BOOTSTRAP_API_KEY)",
            prefix: displayPrefix(options.bootstrapApiKey),
            hash: hashApiKey(options.bootstrapApiKey),
            userId: userId("superadmin@example.com"),
          },
        });
      }

      await tx.team.create({
        data: {
          id: newId(),
          name: "Tier 1 Support",
          members: {
            create: ["agent@example.com", "jordan@example.com", "priya@example.com"].map((e) => ({
              userId: userId(e),
            })),
          },
        },
      });
      await tx.team.create({
        data: {
          id: newId(),
          name: "Billing team",
          members: { create: ["admin@example.com", "priya@example.com"].map((e) => ({ userId: userId(e) })) },
        },
      });

      await tx.emailTemplate.createMany({
        data: TEMPLATES.map((t) => ({ id: newId(), ...t, builtIn: t.key !== null })),
      });
      await tx.contact.createMany({ data: CONTACTS.map((c) => ({ id: newId(), ...c })) });

      const pipelines = [];
      for (const [order, spec] of PIPELINES.entries()) {
        const pipeline = await tx.pipeline.create({
          data: {
            id: newId(),
            name: spec.name,
            displayOrder: order,
            statuses: { create: spec.statuses.map((s, i) => ({ id: newId(), ...s, displayOrder: i })) },
          },
          select: { id: true, name: true, statuses: { orderBy: { displayOrder: "asc" } } },
        });
        pipelines.push(pipeline);
      }
      const [support, billing] = pipelines as [(typeof pipelines)[0], (typeof pipelines)[0]];
      const status = (p: typeof support, label: string) => p.statuses.find((s) => s.label === label)!.id;

      await tx.pipelineAutomation.create({
        data: {
          pipelineId: support.id,
          emailSentTriggerStatusId: status(support, "Waiting on contact"),
          customerReplyTriggerStatusId: status(support, "Waiting on us"),
        },
      });
      await tx.pipelineAutomation.create({
        data: {
          pipelineId: billing.id,
          customerReplyTriggerStatusId: status(billing, "Investigating"),
          emailSentTriggerStatusId: status(billing, "Investigating"),
        },
      });

      // Each email trigger is also a workflow (SPEC §4 "View workflow") whose `enabled` is the
      // trigger's on/off (Support's are on), made as lib/automate/trigger-workflow.ts makes them.
      for (const pipeline of pipelines) {
        const on = pipeline.id === support.id;
        await tx.workflow.createMany({
          data: [
            { kind: "EMAIL_SENT_TRIGGER", trigger: "EMAIL_SENT_FROM_TICKET", label: "An email is sent to a customer" },
            { kind: "CUSTOMER_REPLY_TRIGGER", trigger: "CUSTOMER_REPLY", label: "A customer replies to an email" },
          ].map(({ kind, trigger, label }) => ({
            id: newId(),
            kind: kind as "EMAIL_SENT_TRIGGER" | "CUSTOMER_REPLY_TRIGGER",
            trigger: trigger as "EMAIL_SENT_FROM_TICKET" | "CUSTOMER_REPLY",
            pipelineId: pipeline.id,
            enabled: on,
            name: `${pipeline.name}: ${label}`,
            description: "Update ticket status based on emails (Automate tab).",
          })),
        });
      }

      // Every status has its actions workflow (SPEC §5); two start with actions.
      for (const pipeline of pipelines) {
        for (const s of pipeline.statuses) {
          await tx.workflow.create({
            data: {
              id: newId(),
              name: `${pipeline.name}: ${s.label}`,
              description: `Actions when a ticket reaches "${s.label}"`,
              kind: "STATUS_ACTIONS",
              trigger: "STATUS_ENTERED",
              pipelineId: pipeline.id,
              statusId: s.id,
            },
          });
        }
      }
      const workflowFor = (statusId: string) =>
        tx.workflow.findFirstOrThrow({ where: { statusId, kind: "STATUS_ACTIONS" }, select: { id: true } });
      const newWf = await workflowFor(status(support, "New"));
      await tx.workflowAction.create({
        data: {
          id: newId(),
          workflowId: newWf.id,
          position: 0,
          type: "SEND_EMAIL",
          config: { template: "ticket_received" },
        },
      });
      const closedWf = await workflowFor(status(support, "Closed"));
      await tx.workflowAction.createMany({
        data: [
          {
            id: newId(),
            workflowId: closedWf.id,
            position: 0,
            type: "SEND_EMAIL",
            config: { template: "ticket_closed" },
          },
          {
            id: newId(),
            workflowId: closedWf.id,
            position: 1,
            type: "SEND_INTERNAL_EMAIL",
            config: {
              to: { userIds: [], teamIds: [], owner: true },
              subject: "Ticket closed: {{ticket.subject}}",
              body: "{{ticket.subject}} was closed. Priority: {{ticket.priority}}.",
            },
          },
        ],
      });

      await tx.channel.createMany({
        data: [
          {
            id: newId(),
            type: "TEAM_EMAIL",
            name: "Support inbox",
            address: "support@acme.example",
            pipelineId: support.id,
            statusId: status(support, "New"),
          },
          {
            id: newId(),
            type: "CHAT",
            name: "Website chat",
            address: "acme.example/chat",
            pipelineId: support.id,
            statusId: status(support, "New"),
          },
          {
            id: newId(),
            type: "FORM",
            name: "Refund request form",
            address: "forms/refund",
            pipelineId: billing.id,
            statusId: status(billing, "Received"),
          },
          {
            id: newId(),
            type: "TEAM_EMAIL",
            name: "Billing inbox",
            address: "billing@acme.example",
            pipelineId: billing.id,
            statusId: status(billing, "Received"),
          },
          { id: newId(), type: "MESSENGER", name: "Facebook Messenger", address: "fb.com/acme", createsTickets: false },
          {
            id: newId(),
            type: "WHATSAPP",
            name: "WhatsApp",
            address: "+49 30 1234567",
            createsTickets: false,
            pipelineId: support.id,
            statusId: status(support, "New"),
          },
        ],
      });

      await seedTickets(tx, { pipelines, count: options.ticketCount ?? 60, agentIds: users.map((u) => u.id) });
    },
    { timeout: 120_000 },
  );

  return { seeded: true, password, passwordGenerated: options.demoPassword === undefined, users: DEMO_USERS };
}
