import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { inboundAttachments } from "./attachments";

const mime = (parts: string) =>
  Buffer.from(
    [
      "From: c@x.example",
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="r"',
      "",
      "--r",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p>Look:</p><img src="cid:shot@x.example">',
      parts,
      "--r--",
      "",
    ].join("\r\n"),
  );

describe("inboundAttachments", () => {
  it("names a nameless part after its type, keeps the cid and marks an image the HTML shows as inline", async () => {
    const parsed = await simpleParser(
      mime(
        [
          "--r",
          "Content-Type: image/PNG",
          "Content-ID: <shot@x.example>",
          "Content-Transfer-Encoding: base64",
          "",
          Buffer.from("png bytes").toString("base64"),
          "--r",
          'Content-Type: application/pdf; name="a.pdf"',
          'Content-Disposition: attachment; filename="a.pdf"',
          "",
          "%PDF",
        ].join("\r\n"),
      ),
    );
    expect(inboundAttachments(parsed).map(({ content, ...rest }) => ({ ...rest, text: content.toString() }))).toEqual([
      {
        filename: "attachment-1.png",
        contentType: "image/png",
        size: 9,
        contentId: "shot@x.example",
        inline: true,
        text: "png bytes",
      },
      { filename: "a.pdf", contentType: "application/pdf", size: 4, contentId: null, inline: false, text: "%PDF" },
    ]);
  });

  it("keeps a hostile name as sent (the download sanitizes it) but drops NUL, which PostgreSQL text refuses", async () => {
    const parsed = await simpleParser(
      mime(
        [
          "--r",
          "Content-Type: text/plain",
          "Content-Disposition: attachment; filename*=utf-8''..%2F..%2Fe%00vil%22.html%0D%0A",
          "",
          "x",
        ].join("\r\n"),
      ),
    );
    expect(inboundAttachments(parsed)[0]).toMatchObject({ filename: '../../evil".html\r\n', inline: false });
  });
});
