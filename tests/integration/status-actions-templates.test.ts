// SPEC §5 "Send email": "Edit" a template, then "Save email" (saveEmailTemplateAction).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveEmailTemplateAction } from "@/lib/automate/status-action-actions";
import { actAs } from "../support/users";
import { expectFailure, expectOk, historyOf, lane } from "../support/status-actions";

async function template(key: string) {
  const row = await db.emailTemplate.findUniqueOrThrow({
    where: { key },
    select: { id: true, version: true, subject: true, body: true },
  });
  const { pipelineId } = await lane("Received");
  return { ...row, pipelineId };
}

const edit = (t: Awaited<ReturnType<typeof template>>, subject: string) => ({
  templateId: t.id,
  expectedVersion: t.version,
  pipelineId: t.pipelineId,
  subject,
  body: t.body,
});

describe("saving an email template", () => {
  it("as a super admin saves subject and body, bumps the version and records what changed", async () => {
    await actAs("SUPER_ADMIN");
    const received = await template("ticket_received");
    const data = expectOk(await saveEmailTemplateAction(edit(received, "Got it: {{ticket.subject}}")));
    expect(data.version).toBe(received.version + 1);
    const row = await db.emailTemplate.findUniqueOrThrow({ where: { id: received.id } });
    expect(row).toMatchObject({ subject: "Got it: {{ticket.subject}}", body: received.body, transactional: true });
    // Listed in the pipeline's History (where the edit was made) and in Settings > Automated emails'.
    const change = { field: "subject", before: received.subject, after: "Got it: {{ticket.subject}}" };
    expect(await historyOf(received.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...change, scope: `pipeline:${received.pipelineId}` }),
        expect.objectContaining({ ...change, scope: "automated-emails" }),
      ]),
    );
    expect(await historyOf(received.id)).toHaveLength(2);
  });

  it("as an agent is refused with 403 and changes nothing", async () => {
    const closed = await template("ticket_closed");
    await actAs("AGENT");
    expectFailure(await saveEmailTemplateAction(edit(closed, "Hijacked")), "FORBIDDEN", 403);
    expect(await template("ticket_closed")).toEqual(closed);
    expect(await historyOf(closed.id)).toEqual([]);
  });

  it("refuses a stale version with CONFLICT", async () => {
    await actAs("ACCOUNT_ADMIN");
    const closed = await template("ticket_closed");
    expectOk(await saveEmailTemplateAction(edit(closed, "First")));
    const error = expectFailure(await saveEmailTemplateAction(edit(closed, "Second")), "CONFLICT", 409);
    expect(error.message).toContain("changed by someone else");
    expect((await template("ticket_closed")).subject).toBe("First");
  });

  it("refuses an empty subject with 400 at subject", async () => {
    await actAs("SUPER_ADMIN");
    const closed = await template("ticket_closed");
    const error = expectFailure(await saveEmailTemplateAction(edit(closed, " ")), "BAD_REQUEST", 400);
    expect(error.issues).toEqual([expect.objectContaining({ path: ["subject"], message: "Subject is required" })]);
  });

  it("refuses an unknown token with 400 naming the token and the field (templates compile in strict mode)", async () => {
    await actAs("SUPER_ADMIN");
    const closed = await template("ticket_closed");
    const error = expectFailure(
      await saveEmailTemplateAction({ ...edit(closed, closed.subject), body: "Hi\n{{contact.nmae}}" }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: ["body"],
        message: expect.stringMatching(/^Unknown token \{\{contact\.nmae\}\} on line 2/),
      }),
    ]);
    expect(await template("ticket_closed")).toEqual(closed);
  });

  it("saves the optional-token idiom, which renders for a contact without a name", async () => {
    await actAs("SUPER_ADMIN");
    const closed = await template("ticket_closed");
    const body = "Hi {{#if contact.name}}{{contact.name}}{{else}}there{{/if}}, owner: [{{ticket.owner}}]";
    expectOk(await saveEmailTemplateAction({ ...edit(closed, closed.subject), body }));
  });
});
