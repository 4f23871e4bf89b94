import { describe, expect, it } from "vitest";
import { forwardMarker } from "./forwarded";
import { email } from "./test-email";

const GMAIL =
  "FYI\n\n---------- Forwarded message ---------\nFrom: Bob <b@x.example>\nDate: Mon, Dec 1, 2026 at 10:00 AM\nSubject: Broken\nTo: <s@x.example>\n\nIt is broken.";
const APPLE =
  "FYI\n\nBegin forwarded message:\n\nFrom: Bob <b@x.example>\nSubject: Broken\nDate: 1 December 2026 at 10:00:00 CET\nTo: s@x.example\n\nIt is broken.";
const THUNDERBIRD =
  "FYI\n\n-------- Forwarded Message --------\nSubject: \tBroken\nDate: \tMon, 1 Dec 2026 10:00:00 +0100\nFrom: \tBob <b@x.example>\nTo: \ts@x.example\n\nIt is broken.";
const OUTLOOK_DE =
  "Zur Info.\n\n-----Ursprüngliche Nachricht-----\nVon: Bob <b@x.example>\nGesendet: Montag, 1. Dezember 2026 10:00\nAn: s@x.example\nBetreff: Kaputt\n\nEs ist kaputt.";
const OUTLOOK_FR =
  "Pour info.\n\n-----Message d'origine-----\nDe : Bob <b@x.example>\nEnvoyé : lundi 1 décembre 2026 10:00\nÀ : s@x.example\nObjet : Cassé\n\nC'est cassé.";

describe("forwards by subject", () => {
  it.each([
    "Fwd: x",
    "FW: x",
    "Fw: x",
    "WG: x",
    "TR: x",
    "RV: x",
    "VS: x",
    "VL: x",
    "VB: x",
    "ENC: x",
    "I: x",
    "Doorst: x",
    "PD: x",
    "転送: x",
    "Fwd: Re: x",
  ])("%s", (subject) => {
    expect(forwardMarker(email({}, { subject }))).toBe("subject");
  });
  it.each(["Re: Fwd: x", "AW: WG: x", "SV: VB: x", "Re: Forwarding rules", "Invoice: x", "RE: x"])(
    "not %s",
    (subject) => {
      expect(forwardMarker(email({}, { subject }))).toBeNull();
    },
  );
});

describe("forwards by body", () => {
  it.each([
    ["Gmail", GMAIL],
    ["Apple Mail", APPLE],
    ["Thunderbird", THUNDERBIRD],
    ["Outlook (German)", OUTLOOK_DE],
    ["Outlook (French)", OUTLOOK_FR],
  ])("%s separator with an edited subject", (_client, text) => {
    expect(forwardMarker(email({}, { subject: "Broken", text }))).not.toBeNull();
  });
  it("an Outlook block under a reply subject is a reply (Outlook quotes replies that way)", () => {
    expect(forwardMarker(email({}, { subject: "AW: Kaputt", text: OUTLOOK_DE }))).toBeNull();
  });
  it("a reply quoting an earlier forward is a reply", () => {
    const quoted = GMAIL.split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    const text = `Thanks, that is what I meant.\n\nOn Tue, 2 Dec 2026 at 09:00, Support <s@x.example> wrote:\n${quoted}`;
    expect(forwardMarker(email({}, { subject: "Re: Broken", text }))).toBeNull();
    expect(forwardMarker(email({}, { subject: "Broken", text }))).toBeNull();
  });
  it("a message attached whole", () => {
    const enclosed = [{ contentType: "message/rfc822", headers: "From: b@x.example\nSubject: Broken" }];
    expect(forwardMarker(email({}, { enclosed }))).toBe("attached message");
  });
  it("Resent headers (redirect), but not a mailbox forwarding rule's X-Forwarded-To", () => {
    expect(forwardMarker(email({ "Resent-From": "a@b.example" }))).toBe("Resent headers");
    expect(forwardMarker(email({ "X-Forwarded-To": "help@acme.example", "X-Forwarded-For": "a@b" }))).toBeNull();
  });
  it("an ordinary message", () => {
    expect(forwardMarker(email({}, { subject: "Question", text: "How do I forward messages to you?" }))).toBeNull();
  });
});
