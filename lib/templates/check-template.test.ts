import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATES } from "@/prisma/seed-data";
import { TEMPLATE_TOKENS } from "@/lib/templates/template-tokens";
import { templateProblem } from "./check-template";

describe("templateProblem (checked when a template is saved)", () => {
  it("accepts every offered token, the built-in templates and the optional-token idiom", () => {
    expect(templateProblem(TEMPLATE_TOKENS.map((t) => t.token).join(" "))).toBeNull();
    for (const t of TEMPLATES) {
      expect(templateProblem(t.subject)).toBeNull();
      expect(templateProblem(t.body)).toBeNull();
    }
    expect(templateProblem("Hi {{#if contact.name}}{{contact.name}}{{else}}there{{/if}}")).toBeNull();
  });

  it("names an unknown token and its line", () => {
    expect(templateProblem("Hello\n{{ticket.subjct}}")).toMatch(
      /^Unknown token \{\{ticket\.subjct\}\} on line 2\. Use one of \{\{ticket\.subject\}\}/,
    );
    expect(templateProblem("{{nope.nothing}}")).toMatch(/^Unknown token \{\{nope\.nothing\}\} on line 1/);
  });

  it("refuses prototype names, the log helper and unknown helpers", () => {
    expect(templateProblem("{{ticket.constructor}}")).toMatch(/Unknown token \{\{ticket\.constructor\}\}/);
    expect(templateProblem("{{__proto__}}")).toMatch(/Unknown token \{\{__proto__\}\}/);
    expect(templateProblem('{{log "reaches the server log"}}')).toMatch(/"log" is not a token or a supported helper/);
    expect(templateProblem("{{unknownHelper ticket.id}}")).toMatch(/"unknownHelper" is not a token/);
  });

  it("refuses a token that names a whole record", () => {
    expect(templateProblem("{{ticket}}")).toMatch(/^A token names a whole record/);
  });

  it("explains a template that does not parse", () => {
    expect(templateProblem("Hello {{contact.name")).toMatch(
      /^This text does not parse as a template \(Parse error on line 1/,
    );
  });

  it("reads paths inside with/each relative to their context and checks helper arguments", () => {
    expect(templateProblem("{{#with ticket}}{{subject}}{{/with}}")).toBeNull();
    expect(templateProblem("{{#if ticket.nope}}x{{/if}}")).toMatch(/^Unknown token \{\{ticket\.nope\}\}/);
    expect(templateProblem("{{ticket.subject.length}}")).toMatch(/^Unknown token \{\{ticket\.subject\.length\}\}/);
  });

  describe("in a page whose Content-Security-Policy forbids eval", () => {
    const realFunction = globalThis.Function;
    afterEach(() => {
      globalThis.Function = realFunction;
    });

    it("never evaluates generated code (the forms run this check in the browser)", () => {
      globalThis.Function = new Proxy(realFunction, {
        construct: () => {
          throw new EvalError("refused by CSP");
        },
        apply: () => {
          throw new EvalError("refused by CSP");
        },
      });
      expect(templateProblem("Hi {{contact.name}} about {{ticket.subject}}")).toBeNull();
      expect(templateProblem("{{ticket.subjct}}")).toMatch(/^Unknown token/);
    });
  });
});
