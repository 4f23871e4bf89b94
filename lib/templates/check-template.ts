// Checked when a template is saved (the email editor, a notification's or task's text, the
// automation document): it must parse and name only known tokens, so a typo is a message on the
// form (or a 400 naming the field) instead of a surprise at send time. Free of server imports:
// the zod schemas that the forms share use it.
import type { z } from "zod";
import { compileTemplate } from "./render";
import { RECORD_MARK, sampleTemplateView } from "./render-view";
import { TEMPLATE_TOKENS } from "@/lib/workflows/template-tokens";

const KNOWN = TEMPLATE_TOKENS.map((t) => t.token).join(", ");

/** Why the template cannot be saved, in the editor's words; null when it is fine. */
export function templateProblem(source: string): string | null {
  try {
    const text = compileTemplate(source)(sampleTemplateView());
    return text.includes(RECORD_MARK)
      ? `A token names a whole record; name one of its fields. Use one of ${KNOWN}.`
      : null;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    const unknown = /^"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
    if (unknown) {
      const [, field, line, column] = unknown;
      // The error points at the path: quote it whole ("{{nope.nothing}}", not "nothing").
      const at = source.split("\n")[Number(line) - 1]?.slice(Number(column)) ?? "";
      const path = /^[^\s}]+/.exec(at)?.[0] ?? field;
      return `Unknown token {{${path}}} on line ${line}. Use one of ${KNOWN}.`;
    }
    const helper = /unknown helper (\S+)/.exec(message);
    if (helper) return `"${helper[1]}" is not a token or a supported helper. Use one of ${KNOWN}.`;
    return `This text does not parse as a template (${message}). Tokens look like {{ticket.subject}}.`;
  }
}

/** A zod check for a text that holds tokens: `z.string().superRefine(checkTemplateText)`. */
export function checkTemplateText(source: string, ctx: z.RefinementCtx): void {
  const problem = templateProblem(source);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}
