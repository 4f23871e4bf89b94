// Renders ticket tokens ("{{ticket.subject}}", lib/templates/template-tokens.ts) in automated
// emails and notifications with Handlebars, compiled in strict mode: a token that names no field
// throws instead of rendering empty, so a typo is caught when the template is saved
// (checkTemplate, lib/templates/check-template.ts). The output is plain text, so values go in as
// they are (no HTML escaping); a subject stays one header line. A template saved before these
// checks still sends: one that does not parse goes as written, one with an unknown token renders
// that token empty; both are flagged `malformed` for the timeline.
import Handlebars from "handlebars";
import { boundedCache } from "@/lib/utils/bounded-cache";
import type { TemplateView } from "./render-view";

// An isolated environment: nothing registered elsewhere (helpers, partials) leaks in. The `log`
// helper is gone: it let template text write to the server's log.
const engine = Handlebars.create();
engine.unregisterHelper("log");

type Mode = "strict" | "lenient";
// knownHelpersOnly: "{{tikcet subject}}" is a parse error, not a helper call; log is not known.
const OPTIONS = { noEscape: true, knownHelpersOnly: true, knownHelpers: { log: false } } as const;
type Template = Handlebars.TemplateDelegate<TemplateView>;
const compiled = { strict: boundedCache<Template>(500), lenient: boundedCache<Template>(500) };

export function compileTemplate(source: string, mode: Mode = "strict"): Template {
  return compiled[mode](source, () => engine.compile<TemplateView>(source, { ...OPTIONS, strict: mode === "strict" }));
}

export interface RenderResult {
  text: string;
  /** The template did not parse (used as written) or named an unknown token (rendered empty). */
  malformed: boolean;
}

export function renderText(source: string, view: TemplateView): RenderResult {
  try {
    return { text: compileTemplate(source)(view), malformed: false };
  } catch {
    try {
      return { text: compileTemplate(source, "lenient")(view), malformed: true };
    } catch {
      return { text: source, malformed: true };
    }
  }
}

/** A subject line: tokens rendered, line breaks (header injection, folding) made spaces. */
export function renderSubject(source: string, view: TemplateView): RenderResult {
  const rendered = renderText(source, view);
  return {
    ...rendered,
    text: rendered.text
      .replace(/[\r\n\t]+/g, " ")
      .replace(/ {2,}/g, " ")
      .trim(),
  };
}
