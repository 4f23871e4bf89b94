// Issue 14 (smaller): the Send email panel says "Transactional" only when the email is sent as
// transactional — a built-in, or a custom email with the account's Transactional email add-on on.
import { afterEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { getStatusActionOptions } from "@/lib/workflows/editor-options";

const setAddon = (on: boolean) => db.account.updateMany({ data: { transactionalEmailAddon: on } });

afterEach(() => setAddon(false));

async function customEmail(transactional: boolean) {
  return db.emailTemplate.create({
    data: { id: newId(), name: `Panel ${crypto.randomUUID()}`, subject: "Hi", body: "Hello", transactional },
  });
}

const kindOf = async (id: string) => {
  const { templates } = await getStatusActionOptions();
  const t = templates.find((x) => x.id === id)!;
  return { transactional: t.transactional, sentAsTransactional: t.sentAsTransactional };
};

describe("the Send email panel's options: how each email is actually sent", () => {
  it("a custom email marked transactional while the add-on is off is sent as marketing", async () => {
    await setAddon(false);
    const email = await customEmail(true);
    expect(await kindOf(email.id)).toEqual({ transactional: true, sentAsTransactional: false });
  });

  it("with the add-on on it is sent as transactional", async () => {
    await setAddon(true);
    const email = await customEmail(true);
    expect(await kindOf(email.id)).toEqual({ transactional: true, sentAsTransactional: true });
  });

  it("a marketing custom email stays marketing; the built-ins are transactional whatever the add-on", async () => {
    await setAddon(false);
    const email = await customEmail(false);
    expect(await kindOf(email.id)).toEqual({ transactional: false, sentAsTransactional: false });
    const { templates } = await getStatusActionOptions();
    const builtIns = templates.filter((t) => t.builtIn);
    expect(builtIns.length).toBeGreaterThan(0);
    for (const t of builtIns) expect(t.sentAsTransactional).toBe(t.transactional);
    expect(builtIns.some((t) => t.sentAsTransactional)).toBe(true);
  });
});
