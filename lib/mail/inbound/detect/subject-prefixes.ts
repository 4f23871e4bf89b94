// The subject prefixes mail clients write, by what they mean, in English, German, French,
// Spanish, Italian, Dutch, Portuguese, Swedish, Danish, Norwegian, Finnish, Polish and
// Japanese (Outlook, Gmail, Apple Mail, Thunderbird, Exchange and common MTAs). Only the
// leading prefix counts: "Re: Fwd: …" is a reply (to a forward), "Fwd: Re: …" a forward.
// "VS:" is Outlook's forward in Danish and Norwegian but its reply in Finnish: it is read as a
// forward (Finnish Outlook forwards with "VL:"), so a Finnish Outlook reply never moves status.

const REPLY = ["re", "aw", "sv", "antw", "antwort", "r", "rif", "res", "odp", "réf", "ref", "vs", "返信", "回复"];
const FORWARD = [
  "fw",
  "fwd",
  "wg",
  "tr",
  "rv",
  "vs",
  "vl",
  "vb",
  "enc",
  "i",
  "doorst",
  "pd",
  "fs",
  "videresend",
  "転送",
];

/** Auto-replies ("Automatic reply: …", "Abwesenheitsnotiz: …", "自動応答: …"). */
const AUTO_REPLY = [
  "automatic reply",
  "auto reply",
  "auto-reply",
  "autoreply",
  "auto response",
  "auto-response",
  "out of office",
  "out of office reply",
  "out of office autoreply",
  "automatische antwort",
  "abwesenheitsnotiz",
  "abwesend",
  "réponse automatique",
  "absence du bureau",
  "respuesta automática",
  "fuera de la oficina",
  "risposta automatica",
  "fuori sede",
  "fuori ufficio",
  "automatisch antwoord",
  "afwezig",
  "resposta automática",
  "fora do escritório",
  "ausência temporária",
  "automatiskt svar",
  "frånvaro",
  "automatisk svar",
  "automatisk besvarelse",
  "fraværende",
  "fravær",
  "automaattinen vastaus",
  "poissa",
  "odpowiedź automatyczna",
  "automatyczna odpowiedź",
  "poza biurem",
  "自動応答",
  "自動返信",
  "不在",
];

/** Delivery failures ("Undeliverable: …", "Unzustellbar: …"). */
const BOUNCE = [
  "undeliverable",
  "undelivered mail returned to sender",
  "undelivered mail",
  "delivery status notification",
  "delivery failure",
  "delivery has failed",
  "mail delivery failed",
  "mail delivery failure",
  "returned mail",
  "failure notice",
  "message not delivered",
  "unzustellbar",
  "nicht zustellbar",
  "non remis",
  "non distribuable",
  "no se puede entregar",
  "non recapitabile",
  "onbestelbaar",
  "não é possível entregar",
  "olevererbart",
  "kan ikke leveres",
  "ei voi toimittaa",
  "niedostarczalne",
  "配信不能",
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

// A prefix is a word list entry then ":" (or the full-width "：" of Japanese clients), with
// optional spaces ("Réponse automatique :") and a counter ("Re[2]:", "AW(3):").
const prefixPattern = (words: readonly string[]) =>
  new RegExp(`^\\s*(?:${alternation(words)})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]`, "iu");

// MTAs' bounce subjects often stand alone ("Undelivered Mail Returned to Sender", "failure
// notice", "Delivery Status Notification (Failure)"): the phrase, then ":", "(" or the end.
const bouncePattern = new RegExp(`^\\s*(?:${alternation(BOUNCE)})\\s*(?:[:：(]|$)`, "iu");

const LEADING = {
  reply: prefixPattern(REPLY),
  forward: prefixPattern(FORWARD),
  autoReply: prefixPattern(AUTO_REPLY),
  bounce: bouncePattern,
};

export type SubjectPrefix = "reply" | "forward";

/** The meaning of the subject's first prefix, if it is a reply or forward prefix. */
export function leadingPrefix(subject: string | null): SubjectPrefix | null {
  if (!subject) return null;
  // "VS:" is in both lists: forward wins (see above); otherwise the lists do not overlap.
  if (LEADING.forward.test(subject)) return "forward";
  if (LEADING.reply.test(subject)) return "reply";
  return null;
}

/** An auto-reply's subject: it starts with the responder's prefix. */
export function hasAutoReplySubject(subject: string | null): boolean {
  return subject !== null && LEADING.autoReply.test(subject);
}

export function hasBounceSubject(subject: string | null): boolean {
  return subject !== null && LEADING.bounce.test(subject);
}
