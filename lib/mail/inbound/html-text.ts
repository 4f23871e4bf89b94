// HTML-only mail as readable text: no tags, no entities, links as "text [url]", images left
// out, no hard wrapping (html-to-text, the converter mailparser itself depends on).
import { convert } from "html-to-text";

const HTML_MAX = 2 * 1024 * 1024;

export function htmlToText(html: string): string {
  return convert(html.slice(0, HTML_MAX), {
    wordwrap: false,
    selectors: [
      { selector: "img", format: "skip" },
      { selector: "a", options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
      { selector: "style", format: "skip" },
      { selector: "script", format: "skip" },
    ],
  })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
