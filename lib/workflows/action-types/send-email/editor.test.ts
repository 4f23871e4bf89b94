// Issue 14 (smaller): the panel names how the chosen email is actually sent.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { EditorContext } from "../editor-types";
import { SendEmailFields } from "./editor";

type Template = EditorContext["options"]["templates"][number];

const template = (kind: Pick<Template, "transactional" | "sentAsTransactional" | "builtIn">): Template => ({
  id: "tmpl_1",
  key: null,
  name: "Feedback request",
  subject: "How did we do?",
  body: "…",
  version: 1,
  ...kind,
});

function Panel({ chosen }: { chosen: Template }) {
  const form = useForm({ defaultValues: { type: "send_email" as const, template: chosen.id } });
  const context: EditorContext = {
    options: { users: [], teams: [], templates: [chosen] },
    statuses: [],
    disabled: false,
    actionId: null,
    onEditTemplate: () => {},
  };
  return createElement(SendEmailFields, { form, context });
}

const html = (chosen: Template) => renderToStaticMarkup(createElement(Panel, { chosen }));

describe("the Send email panel's transactional badge and note", () => {
  it("a custom email marked transactional without the add-on: sent as marketing, with the marketing note", () => {
    const out = html(template({ transactional: true, sentAsTransactional: false, builtIn: false }));
    expect(out).toContain("Transactional, sent as marketing (no add-on)");
    expect(out).toContain("Only sent to contacts marked as marketing contacts");
    expect(out).not.toContain("whatever their marketing status");
  });

  it("sent as transactional (the add-on, or a built-in): Transactional, to the contact whatever their marketing status", () => {
    const out = html(template({ transactional: true, sentAsTransactional: true, builtIn: false }));
    expect(out).toMatch(/data-testid="chosen-email-kind"[^>]*>Transactional</);
    expect(out).toContain("whatever their marketing status");
  });

  it("a marketing email: Not transactional, with the marketing note", () => {
    const out = html(template({ transactional: false, sentAsTransactional: false, builtIn: false }));
    expect(out).toContain("Not transactional");
    expect(out).toContain("Only sent to contacts marked as marketing contacts");
  });
});
