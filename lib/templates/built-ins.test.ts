import { describe, expect, it } from "vitest";
import { TEMPLATES } from "@/prisma/seed-data";
import { renderText } from "./render";
import { templateView, type TemplateFacts } from "./render-view";

const ticket: TemplateFacts["ticket"] = {
  id: "t1",
  subject: "Refund",
  description: "",
  priority: "HIGH",
  statusLabel: "New",
  pipelineName: "Support Pipeline",
  ownerName: null,
};
const render = (body: string, name: string | null) =>
  renderText(
    body,
    templateView({ ticket, contact: { name, email: "x@customer.example" }, accountName: "Acme Support" }),
  );

describe("the seeded built-in templates", () => {
  it.each(TEMPLATES.map((t) => [t.name, t.body] as const))("%s greets a named contact by name", (_name, body) => {
    const { text, malformed } = render(body, "Maria Garcia");
    expect(malformed).toBe(false);
    expect(text.startsWith("Hi Maria Garcia,\n\n")).toBe(true);
    expect(text.endsWith("— Acme Support")).toBe(true);
  });

  it.each(TEMPLATES.map((t) => [t.name, t.body] as const))("%s greets a nameless contact naturally", (_name, body) => {
    const { text } = render(body, null);
    expect(text.startsWith("Hi there,\n\n")).toBe(true);
    expect(text).not.toContain("Hi ,");
    expect(text).not.toContain("Support Support");
  });
});
