import { describe, expect, it } from "vitest";
import { bounceMarker, bounceReport } from "./bounce";
import { email } from "./test-email";

describe("bounces", () => {
  it("a delivery-status report", () => {
    const report = email({ "Content-Type": 'multipart/report; report-type="delivery-status"; boundary="b"' });
    expect(bounceMarker(report)).toBe("delivery status report");
  });
  it("X-Failed-Recipients, relayed as plain text from any sender", () => {
    expect(bounceMarker(email({ "X-Failed-Recipients": "gone@x.example" }))).toBe("X-Failed-Recipients");
  });
  it.each(["MAILER-DAEMON@mail.example", "postmaster@x.example", "Mailer-Daemon@googlemail.com"])(
    "the sender %s",
    (address) => {
      expect(bounceMarker(email({}, { from: { email: address, name: "Mail Delivery System" } }))).toBe(
        "mailer-daemon sender",
      );
    },
  );
  it.each([
    "Undeliverable: Your ticket",
    "Delivery Status Notification (Failure)",
    "Mail delivery failed: returning message to sender",
    "Undelivered Mail Returned to Sender",
    "failure notice",
    "Returned mail: see transcript for details",
    "Unzustellbar: Ihr Ticket",
    "Non remis : Votre ticket",
    "Onbestelbaar: Uw ticket",
  ])("the subject %s", (subject) => {
    expect(bounceMarker(email({}, { subject }))).toBe("subject");
  });
  it.each(["Re: Undeliverable parcel", "My delivery failed to arrive", "Hello"])("not %s", (subject) => {
    expect(bounceMarker(email({}, { subject }))).toBeNull();
  });
});

describe("what a bounce says", () => {
  it("reads the DSN's diagnostic, recipient and the returned message's Message-ID", () => {
    const report = bounceReport(
      email(
        {},
        {
          text: "Delivery to the following recipient failed permanently:\n\n     gone@x.example",
          enclosed: [
            {
              contentType: "message/delivery-status",
              headers:
                "Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; Gone@x.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach\n does not exist.",
            },
            { contentType: "text/rfc822-headers", headers: "From: a@b\nMessage-ID: <tf.abc@acme.example>\nSubject: x" },
          ],
        },
      ),
    );
    expect(report).toEqual({
      originalMessageId: "<tf.abc@acme.example>",
      failedRecipients: ["gone@x.example"],
      reason: "550 5.1.1 The email account that you tried to reach does not exist.",
      delayed: false,
    });
  });
  it("without a report: X-Failed-Recipients and the explanation's first paragraph", () => {
    const report = bounceReport(
      email(
        { "X-Failed-Recipients": "gone@x.example" },
        {
          text: "This message was created automatically by mail delivery software.\n\nA message could not be delivered.",
        },
      ),
    );
    expect(report).toMatchObject({
      originalMessageId: null,
      failedRecipients: ["gone@x.example"],
      reason: "This message was created automatically by mail delivery software.",
    });
  });
  it("a delay warning is not a failure", () => {
    const report = bounceReport(email({}, { text: "Action: delayed\nStatus: 4.4.7" }));
    expect(report.delayed).toBe(true);
  });
});
