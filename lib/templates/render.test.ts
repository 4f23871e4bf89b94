import { describe, expect, it } from "vitest";
import { renderSubject, renderText } from "./render";
import { templateView, type TemplateFacts } from "./render-view";

const facts: TemplateFacts = {
  ticket: {
    id: "t1",
    subject: 'Refund <b>&</b> "VAT"',
    description: "",
    priority: "HIGH",
    statusLabel: "Closed",
    pipelineName: "Support Pipeline",
    ownerName: null,
  },
  contact: { name: "Maria Garcia", email: "maria@customer.example" },
  accountName: "Acme Support",
};
const view = templateView(facts);

describe("renderText", () => {
  it("replaces the ticket tokens with display values", () => {
    expect(
      renderText(
        "Hi {{contact.name}}, #{{ticket.id}} is {{ticket.status}} ({{ticket.priority}}) in {{ticket.pipeline}} — {{account.name}}",
        view,
      ),
    ).toEqual({ text: "Hi Maria Garcia, #t1 is Closed (High) in Support Pipeline — Acme Support", malformed: false });
  });

  it("leaves values as written: plain text is not HTML-escaped", () => {
    expect(renderText("{{ticket.subject}}", view).text).toBe('Refund <b>&</b> "VAT"');
  });

  it("renders unset tokens empty in strict mode", () => {
    expect(renderText("[{{ticket.owner}}]", view)).toEqual({ text: "[]", malformed: false });
    const nameless = templateView({ ...facts, contact: null });
    expect(renderText("[{{contact.name}}][{{contact.email}}]", nameless)).toEqual({ text: "[][]", malformed: false });
  });

  it("still sends a template saved before the check: an unknown token renders empty and is flagged", () => {
    expect(renderText("[{{ticket.owner}}][{{nope.nothing}}][{{contact.phone}}]", view)).toEqual({
      text: "[][][]",
      malformed: true,
    });
  });

  it("has no log helper: template text cannot reach the server log", () => {
    expect(renderText('{{log "secret"}}x', view)).toEqual({ text: '{{log "secret"}}x', malformed: true });
  });

  it("sends a template that does not parse as written instead of failing", () => {
    expect(renderText("Hello {{contact.name", view)).toEqual({ text: "Hello {{contact.name", malformed: true });
    expect(renderText("{{unknownHelper ticket.id}}", view).malformed).toBe(true);
  });

  it("does not reach prototype properties", () => {
    expect(renderText("[{{ticket.constructor}}][{{__proto__}}]", view).text).toBe("[][]");
  });
});

describe("renderSubject", () => {
  it("keeps a subject on one line", () => {
    const withBreak = templateView({ ...facts, ticket: { ...facts.ticket, subject: "one\r\nBcc: x@evil.example" } });
    expect(renderSubject("Re: {{ticket.subject}}", withBreak).text).toBe("Re: one Bcc: x@evil.example");
  });
});
