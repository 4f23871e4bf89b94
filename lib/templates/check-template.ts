// Checked when a template is saved (the email editor, a notification's or task's text, the
// automation document): it must parse and name only known tokens, so a typo is a message on the
// form (or a 400 naming the field) instead of a surprise at send time. Free of server imports:
// the zod schemas that the forms share use it, in the browser too — so it reads the template's
// syntax tree (its parser) and never compiles it: compiling evaluates generated code, which
// the pages' Content-Security-Policy (no 'unsafe-eval') refuses.
// The parser alone: the forms check templates in the browser, where all of Handlebars (its
// compiler and runtime) would weigh on first load (issue 15 item 8).
import { parse } from "handlebars/dist/cjs/handlebars/compiler/base";
import type { z } from "zod";
import { boundedCache } from "@/lib/utils/bounded-cache";
import { RECORD_MARK, sampleTemplateView } from "./render-view";
import { TEMPLATE_TOKENS } from "@/lib/templates/template-tokens";

type Node = hbs.AST.Node;
type Path = hbs.AST.PathExpression;

const KNOWN = TEMPLATE_TOKENS.map((t) => t.token).join(", ");
// The built-in helpers the renderer keeps (lib/templates/render.ts removes `log`); `with` and
// `each` change what a path inside them names, so their bodies are not resolved against the view.
const HELPERS = new Set(["if", "unless", "with", "each", "lookup"]);
const CONTEXT_CHANGING = new Set(["with", "each"]);

class Problem extends Error {}

// Answers by text: a stored action's config is checked again each time a workflow step loads it
// (a parse of every template in every step), and the answer depends on the text alone.
const answers = boundedCache<string | null>(500);

/** Why the template cannot be saved, in the editor's words; null when it is fine. */
export function templateProblem(source: string): string | null {
  return answers(source, () => problemOf(source));
}

function problemOf(source: string): string | null {
  let program: hbs.AST.Program;
  try {
    program = parse(source);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    return `This text does not parse as a template (${message}). Tokens look like {{ticket.subject}}.`;
  }
  try {
    checkNodes(program.body, true);
    return null;
  } catch (error) {
    if (error instanceof Problem) return error.message;
    throw error;
  }
}

/** A zod check for a text that holds tokens: `z.string().superRefine(checkTemplateText)`. */
export function checkTemplateText(source: string, ctx: z.RefinementCtx): void {
  const problem = templateProblem(source);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}

function checkNodes(nodes: readonly hbs.AST.Statement[], atRoot: boolean): void {
  for (const node of nodes) checkNode(node, atRoot);
}

function checkNode(node: Node, atRoot: boolean): void {
  switch (node.type) {
    case "MustacheStatement":
    case "SubExpression":
    case "BlockStatement": {
      const call = node as hbs.AST.MustacheStatement | hbs.AST.BlockStatement;
      const args = [...call.params, ...(call.hash?.pairs.map((pair) => pair.value) ?? [])];
      const isCall = node.type !== "MustacheStatement" || args.length > 0;
      if (isCall) {
        const name = call.path.type === "PathExpression" ? (call.path as Path).original : String(call.path.type);
        if (!HELPERS.has(name))
          throw new Problem(`"${name}" is not a token or a supported helper. Use one of ${KNOWN}.`);
      } else {
        checkValue(call.path, atRoot, true);
      }
      for (const arg of args) checkValue(arg, atRoot);
      if (node.type === "BlockStatement") {
        const block = node as hbs.AST.BlockStatement;
        const inner = atRoot && !CONTEXT_CHANGING.has((block.path as Path).original);
        checkNodes(block.program?.body ?? [], inner);
        checkNodes(block.inverse?.body ?? [], atRoot);
      }
      return;
    }
    default:
      return; // text, comments
  }
}

/** A path must name a token; one that is printed must name a field, not a whole record. */
function checkValue(node: Node, atRoot: boolean, printed = false): void {
  if (node.type === "SubExpression") return checkNode(node, atRoot);
  if (node.type !== "PathExpression" || !atRoot) return; // literals; paths inside with/each
  const path = node as Path;
  if (path.data || path.depth > 0) return; // @index, ../name
  let value: unknown = sampleTemplateView();
  for (const part of path.parts) {
    value =
      value !== null && typeof value === "object" && Object.hasOwn(value, part) ? (value as never)[part] : undefined;
    if (value === undefined)
      throw new Problem(`Unknown token {{${path.original}}} on line ${path.loc.start.line}. Use one of ${KNOWN}.`);
  }
  if (printed && typeof value === "object" && value !== null && String(value) === RECORD_MARK) {
    throw new Problem(`A token names a whole record; name one of its fields. Use one of ${KNOWN}.`);
  }
}
