// An inbound message's new text: what the sender wrote this time, without the quoted history
// ("On … wrote:" and "> " blocks, Outlook's "-----Original Message-----" / "From: … Sent: …"
// headers in the common languages) and the signature ("-- ", "Sent from my iPhone", "Best
// regards, …"). email-reply-parser (Crisp's maintained port of GitHub's email_reply_parser,
// ~10 locales) decides; we only decide when the answer is "the whole text is new" (null):
// nothing was cut, or everything was (a bare quote keeps its text visible), or a forward (the
// forwarded message is the content).
import EmailReplyParser from "email-reply-parser";

/** The library's regexes backtrack: a reply's new text is at the top, so only the head is read. */
const HEAD_CHARS = 64 * 1024;
const replyParser = new EmailReplyParser();

export function newTextOf(text: string, options: { forwarded?: boolean } = {}): string | null {
  const whole = text.trim();
  if (whole === "" || options.forwarded) return null;
  const head = whole.slice(0, HEAD_CHARS);
  const visible = replyParser.read(head).getVisibleText().trim();
  if (visible === "" || visible === head.trim()) return null;
  return visible;
}
