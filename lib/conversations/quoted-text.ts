// A message's text as the records show it: the new text first, the quoted history and signature
// behind "Show quoted text". The new text is Message.newText (lib/mail/inbound/new-text.ts; null:
// all of it is new). Usually the new text is the head of the message and the rest is what the
// toggle shows; when the parser's new text is not a head (inline answers between quotes), the
// toggle shows the whole message instead, so nothing is shown twice or lost.
export type MessageTextView =
  { kind: "whole"; text: string } | { kind: "reply"; newText: string; quoted: string; quotedIsWhole: boolean };

const normalized = (text: string) => text.replace(/\r\n?/g, "\n").trim();

export function messageTextView(text: string, newText: string | null): MessageTextView {
  const whole = normalized(text);
  const fresh = newText === null ? "" : normalized(newText);
  if (!fresh || fresh === whole) return { kind: "whole", text: whole };
  if (whole.startsWith(fresh)) {
    const rest = whole.slice(fresh.length).replace(/^\n+/, "");
    return { kind: "reply", newText: fresh, quoted: rest, quotedIsWhole: false };
  }
  return { kind: "reply", newText: fresh, quoted: whole, quotedIsWhole: true };
}
