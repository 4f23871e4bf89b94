// Renders ticket tokens ("{{ticket.subject}}", lib/workflows/template-tokens.ts) in automated
// emails and notifications with Handlebars. The output is plain text, so values go in as they
// are (no HTML escaping); a token nobody knows renders empty; a template that does not parse
// is sent as written rather than failing the action; a subject stays one header line.
import Handlebars from "handlebars";
import type { TemplateView } from "./render-view";

// An isolated environment: nothing registered elsewhere (helpers, partials) leaks in.
const engine = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate<TemplateView>>();
const MAX_CACHED = 500;

function compile(source: string): Handlebars.TemplateDelegate<TemplateView> {
  let template = compiled.get(source);
  if (!template) {
    // knownHelpersOnly: a typo such as "{{tikcet subject}}" is a parse error, not a helper call.
    template = engine.compile<TemplateView>(source, { noEscape: true, strict: false, knownHelpersOnly: true });
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, template);
  }
  return template;
}

export interface RenderResult {
  text: string;
  /** The template did not parse and was used as written. */
  malformed: boolean;
}

export function renderText(source: string, view: TemplateView): RenderResult {
  try {
    return { text: compile(source)(view), malformed: false };
  } catch {
    return { text: source, malformed: true };
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
