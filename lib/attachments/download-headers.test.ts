import { parse } from "content-disposition";
import { describe, expect, it } from "vitest";
import { contentDispositionOf, downloadHeaders, safeContentType, sanitizeFilename } from "./download-headers";

describe("sanitizeFilename", () => {
  it.each([
    ['../../evil".html\r\n', "_.._evil_.html"],
    ["..\\..\\windows\\system32\\cmd.exe", "_.._windows_system32_cmd.exe"],
    ["/etc/passwd", "_etc_passwd"],
    ["report\u0000.pdf", "report.pdf"],
    ["\u202egnp.exe", "gnp.exe"],
    ["a<b>c:d|e?f*.txt", "a_b_c_d_e_f_.txt"],
    ["  .hidden ", "hidden"],
    ["name. . .", "name"],
    ["...", "attachment"],
    ["", "attachment"],
    ["Rechnung März.pdf", "Rechnung März.pdf"],
    ["tab\tand\nnewline.txt", "tabandnewline.txt"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it("shortens a long name to 180 characters, keeping its extension", () => {
    const name = sanitizeFilename(`${"ü".repeat(400)}.pdf`);
    expect(Array.from(name)).toHaveLength(180);
    expect(name.endsWith("ü.pdf")).toBe(true);
  });
});

describe("contentDispositionOf", () => {
  it("is always an attachment with a filename a parser reads back exactly", () => {
    for (const name of ["plain.txt", "it's; a=b.txt", "Rechnung März.pdf", "日本語.txt", "a%20b.txt"]) {
      const header = contentDispositionOf(name);
      expect(header).toMatch(/^attachment; /);
      expect(header).not.toMatch(/[\r\n]/);
      expect(parse(header).parameters.filename).toBe(name);
    }
  });

  it("adds an RFC 6266 filename* (UTF-8) with an ASCII fallback for a name that is not plain ASCII", () => {
    expect(contentDispositionOf("Rechnung März.pdf")).toBe(
      `attachment; filename="Rechnung M_rz.pdf"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf`,
    );
    expect(contentDispositionOf("a%20b.txt")).toBe(`attachment; filename=a_20b.txt; filename*=UTF-8''a%2520b.txt`);
  });

  it("turns the hostile name of the tests into a header with no quote, path or line break of its own", () => {
    const header = downloadHeaders({ filename: '../../evil".html\r\n', contentType: "text/html", size: 3 });
    expect(header).toMatchObject({
      "Content-Disposition": "attachment; filename=_.._evil_.html",
      "Content-Type": "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": "3",
    });
  });
});

describe("safeContentType", () => {
  it.each([
    "application/pdf",
    "image/png",
    "text/plain",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ])("keeps %s", (type) => expect(safeContentType(type)).toBe(type));

  it.each([
    "text/html",
    "application/xhtml+xml",
    "image/svg+xml",
    "text/xml",
    "application/javascript",
    "text/javascript",
    "application/x-shockwave-flash",
    "multipart/mixed",
    "text/plain; charset=utf-8\r\nX-Evil: 1",
    "application/vnd.openxmlformats-officedocument.x\r\ny",
    "",
  ])("serves %j as application/octet-stream", (type) => {
    expect(safeContentType(type)).toBe("application/octet-stream");
  });
});
